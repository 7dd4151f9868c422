using Beian.Reference;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// Puts the admins' imported tables in use on this host: at start and on every sweep, so that an import made through
/// another host reaches this one within a sweep. A table already in use at its version is left alone.
/// </summary>
public sealed class ApplyReferenceImports(ProviderDb db)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var imports = await db.ReferenceImports.AsNoTracking().ToListAsync(ct);
        var applied = 0;
        foreach (var import in imports.Where(i => InUse(i.Name) != i.Version))
        {
            var (use, _, _) = ReferenceTableCsv.Parse(import.Name, import.Csv);
            use?.Invoke(import.Version);
            applied++;
        }

        return applied;
    }

    public static string InUse(string name) => name switch
    {
        ReferenceTableCsv.Tlds => ReferenceLists.TldsVersion,
        ReferenceTableCsv.Registrars => ReferenceLists.RegistrarsVersion,
        _ => HolidayCalendar.Current.Version,
    };
}
