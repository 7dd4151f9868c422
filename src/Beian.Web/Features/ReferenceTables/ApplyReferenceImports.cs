using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// Puts the admins' imported tables in use on this host: at start and on every sweep, so that an import made through
/// another host reaches this one within a sweep. A table already in use at its version is left alone.
/// </summary>
public sealed class ApplyReferenceImports(ProviderDb db, ReferenceTablesInUse tables)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        // Every sweep asks which tables changed; the CSV itself is read only for one that did.
        var imports = await db.ReferenceImports.AsNoTracking().Select(i => new { i.Name, i.ImportedAt }).ToListAsync(ct);
        var stale = imports.Where(i => tables.VersionOf(i.Name) != ReferenceImport.VersionAt(i.ImportedAt)).Select(i => i.Name).ToList();
        foreach (var import in await db.ReferenceImports.AsNoTracking().Where(i => stale.Contains(i.Name)).ToListAsync(ct))
        {
            if (ReferenceTableCsv.Parse(import.Name, import.Csv).Change is { } change)
            {
                tables.Use(t => change(t, import.Version));
            }
        }

        return stale.Count;
    }
}
