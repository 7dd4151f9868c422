using System.Security.Claims;
using System.Text;
using Beian.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// 参考数据: the lists that change outside our control — filable TLDs, approved registrars, the holiday table — exported
/// as CSV and replaced by an admin's CSV import, which every host puts in use.
/// </summary>
public static class ReferenceTablesApi
{
    public sealed record TableView(string Name, string Version, bool Imported);

    public static IServiceCollection AddReferenceTables(this IServiceCollection services) => services.AddScoped<ImportReferenceTable>();

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

    private static async Task<Results<Ok<ImportReferenceTable.Imported>, ProblemHttpResult>> ImportAsync(string name, HttpRequest request, ClaimsPrincipal user, ImportReferenceTable import, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await import.HandleAsync(name, await reader.ReadToEndAsync(ct), user, ct).ToHttpAsync();
    }
}
