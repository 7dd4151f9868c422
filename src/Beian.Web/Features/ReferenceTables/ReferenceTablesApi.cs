using System.Security.Claims;
using System.Text;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// 参考数据: the lists that change outside our control — filable TLDs, approved registrars, the holiday table — exported
/// as CSV and replaced by an admin's CSV import, which every host puts in use.
/// </summary>
public static class ReferenceTablesApi
{
    public sealed record TableView(string Name, string Version, bool Imported);

    public sealed record Imported(string Name, int Rows, string Version);

    public static RouteGroupBuilder MapReferenceTables(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/reference-tables").WithTags("参考数据").RequireAuthorization(Roles.Admin);
        group.MapGet("/", List).WithName("ReferenceTables").WithSummary("可由管理员以CSV替换的参考表：顶级域、注册商、节假日");
        group.MapGet("/{name}", ExportAsync).WithName("ExportReferenceTable").WithSummary("以CSV导出当前使用的参考表");
        group.MapPut("/{name}", ImportAsync).WithName("ImportReferenceTable").WithSummary("以CSV替换参考表（请求体为CSV，表头同导出）");
        return api;
    }

    private static Ok<TableView[]> List(ReferenceTablesInUse tables) =>
        TypedResults.Ok(ReferenceTableCsv.Names.Select(n => new TableView(n, tables.VersionOf(n), tables.VersionOf(n).StartsWith("import ", StringComparison.Ordinal))).ToArray());

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string name, ReferenceTablesInUse tables, CancellationToken ct) =>
        ReferenceTableCsv.Names.Contains(name)
            ? TypedResults.File(await ReferenceTableCsv.ExportAsync(name, tables.Current, ct), "text/csv; charset=utf-8", name + ".csv")
            : Problems.NotFound("reference_table");

    private static async Task<Results<Ok<Imported>, ProblemHttpResult>> ImportAsync(
        string name, HttpRequest request, ClaimsPrincipal user, ProviderDb db, ReferenceTablesInUse tables, TimeProvider time, CancellationToken ct)
    {
        if (!ReferenceTableCsv.Names.Contains(name))
        {
            return Problems.NotFound("reference_table");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        var (change, rows, error) = ReferenceTableCsv.Parse(name, text);
        if (change is null)
        {
            return Problems.Invalid("reference.csv_invalid", error ?? "CSV内容不正确。");
        }

        var import = await db.ReferenceImports.FindAsync([name], ct) ?? db.ReferenceImports.Add(new ReferenceImport { Name = name }).Entity;
        import.Csv = text;
        import.Rows = rows;
        // To the microsecond, as PostgreSQL keeps it: the version read back on every host is the one put in use here.
        var now = time.GetUtcNow();
        import.ImportedAt = now.AddTicks(-(now.Ticks % 10));
        import.ImportedBy = user.DisplayName();
        await db.SaveChangesAsync(ct);
        tables.Use(t => change(t, import.Version));
        return TypedResults.Ok(new Imported(name, rows, import.Version));
    }
}
