using System.Security.Claims;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// 导入参考数据: an admin replaces a reference table (filable TLDs, registrars, holidays) with a CSV of the exported
/// shape; it is kept in the database, so that every host puts the same version in use.
/// </summary>
public sealed class ImportReferenceTable(ProviderDb db, ReferenceTablesInUse tables, TimeProvider time)
{
    public sealed record Imported(string Name, int Rows, string Version);

    public async Task<Result<Imported>> HandleAsync(string name, string csv, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!ReferenceTableCsv.Names.Contains(name))
        {
            return Problems.NotFound("reference_table");
        }

        var (change, rows, error) = ReferenceTableCsv.Parse(name, csv ?? string.Empty);
        if (change is null)
        {
            return Problems.Invalid("reference.csv_invalid", error ?? "CSV内容不正确。");
        }

        var import = await db.ReferenceImports.FindAsync([name], ct) ?? db.ReferenceImports.Add(new ReferenceImport { Name = name }).Entity;
        import.Csv = csv!;
        import.Rows = rows;
        // To the microsecond, as PostgreSQL keeps it: the version read back on every host is the one put in use here.
        var now = time.GetUtcNow();
        import.ImportedAt = now.AddTicks(-(now.Ticks % 10));
        import.ImportedBy = user.DisplayName();
        await db.SaveChangesAsync(ct);
        tables.Use(t => change(t, import.Version));
        return new Imported(name, rows, import.Version);
    }
}
