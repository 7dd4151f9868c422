using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Accounts;
using Beian.Filings;
using Beian.Platform;
using Beian.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Web.Features.Records;

/// <summary>
/// A filed website as its owner sees it in 我的备案, with the footer snippet to put on its pages (R-FOOTER-15): the number
/// the footer must show where one domain serves the site (R-FOOTER-02), linked to MIIT.
/// </summary>
/// <summary>A service of the record: a website, or an app, mini-program or quick app, which has no footer (R-APP-06).</summary>
public sealed record RecordWebsiteView(string IcpNumber, string Name, RecordStatus Status, IReadOnlyList<string> Domains, IReadOnlyList<FilingType> Actions, string? FooterSnippet, ServiceType Type = ServiceType.Website);

/// <summary>A filed subject with its websites and the record actions allowed now.</summary>
public sealed record RecordSubjectView(string IcpNumber, string Name, RecordStatus Status, IReadOnlyList<FilingType> Actions, IReadOnlyList<RecordWebsiteView> Websites);

/// <summary>
/// 我的备案: the account's filed subject and websites, and the record-level orders started from them — change subject,
/// change website, cancel access, cancel website, cancel subject. Record actions are hidden while the account has an
/// order in progress (R-ORDER-01, §11.1), and where the province does not take that change as a filing (R-ORDER-12).
/// </summary>
public static class RecordsApi
{
    /// <param name="Type">The record order to start.</param>
    /// <param name="SecurityCode">For a change: the code sent to the account's security phone (R-ACCT-08).</param>
    public sealed record StartRequest([property: JsonRequired] FilingType Type, string? SecurityCode = null);

    /// <summary>The applicant's use cases on records, which the console's pages call as the API does.</summary>
    public static IServiceCollection AddRecords(this IServiceCollection services) => services.AddScoped<MyRecords>().AddScoped<RecordCertificate>().AddScoped<BulkLookup>().AddScoped<ExportMine>().AddScoped<PublicSecurity>().AddScoped<RemindOfPublicSecurity>();

    /// <summary>A list is at most this large, read or not (a chunked body too): 10,000 long domains with their quotes and commas.</summary>
    private const int MaxCsvBytes = 3 * 1024 * 1024;

    public static RouteGroupBuilder MapRecords(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/records").WithTags("我的备案").RequireAuthorization(Roles.Applicant).AllowApiKey(ApiScopes.ReadRecords);
        group.MapGet("/", async (ClaimsPrincipal user, MyRecords records, CancellationToken ct) => TypedResults.Ok(await records.ListAsync(user, ct))).WithName("MyRecords").WithSummary("我的备案：主体、网站与当前可办理的操作");
        group.MapPost("/{icpNumber}/orders", (string icpNumber, StartRequest body, ClaimsPrincipal user, MyRecords records, CancellationToken ct) =>
                records.StartAsync(icpNumber, body, user, ct).ToCreatedAsync(o => $"/api/orders/{o.Id}"))
           .AllowApiKey(ApiScopes.ManageOrders).WithName("StartRecordOrder").WithSummary("对已备案的主体或网站发起变更、取消接入或注销");
        group.MapGet("/{icpNumber}/certificate/pdf", async (string icpNumber, ClaimsPrincipal user, RecordCertificate certificate, CancellationToken ct) =>
                Beian.Web.Infrastructure.Pdf.PdfDocuments.Send(await certificate.PdfAsync(icpNumber, user, ct)))
            .WithName("RecordCertificatePdf").WithSummary("备案证明PDF（证件号码脱敏；本机无中文字体时返回503）");
        group.MapGet("/{icpNumber}/certificate", (string icpNumber, ClaimsPrincipal user, RecordCertificate certificate, CancellationToken ct) => certificate.GetAsync(icpNumber, user, ct).ToHttpAsync())
            .WithName("RecordCertificate").WithSummary("备案证明：主体与各网站、APP的备案号、状态和审核通过时间（证件号码脱敏）");
        group.MapGet("/{icpNumber}/public-security", (string icpNumber, ClaimsPrincipal user, PublicSecurity security, CancellationToken ct) => security.GetAsync(icpNumber, user, ct).ToHttpAsync())
            .WithName("PublicSecurityFiling").WithSummary("公安联网备案：办理期限（上线之日起30日）、需接入商提供的信息（接入商名称、接入方式、服务器IP、接入日期）与已登记的公安备案号");
        group.MapPut("/{icpNumber}/public-security", (string icpNumber, PublicSecurity.Request body, ClaimsPrincipal user, PublicSecurity security, CancellationToken ct) => security.UpdateAsync(icpNumber, body, user, ct).ToHttpAsync())
            .AllowApiKey(ApiScopes.ManageOrders).WithName("UpdatePublicSecurityFiling").WithSummary("登记公安备案号（如 京公网安备11010502030143号），或更正网站实际上线日期");
        group.MapGet("/{icpNumber}/public-security/agreement", async (string icpNumber, ClaimsPrincipal user, PublicSecurity security, CancellationToken ct) =>
                Beian.Web.Infrastructure.Pdf.PdfDocuments.Send(await security.AgreementAsync(icpNumber, user, ct)))
            .WithName("PublicSecurityAgreement").WithSummary("互联网接入服务协议PDF（公安联网备案所需的接入信息；本机无中文字体时返回503）");
        group.MapPost("/lookup", LookupAsync).Accepts<BulkLookup.Request>("application/json", "text/csv", "text/plain")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxCsvBytes)).RequireRateLimiting(RateLimits.Query)
            .WithName("LookupDomains").WithSummary("批量查询域名备案情况（一次最多10000个；JSON 的 domains 数组，或每行一个域名的 CSV）：本账号的备案给出完整信息，其他的按公开查询结果");
        group.MapGet("/export", (string? format, ClaimsPrincipal user, ExportMine export) => export.Records(format, user))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithName("ExportRecords").WithSummary("导出本账号的全部备案（format=csv 或 xlsx，流式）");
        api.MapGet("/orders/export", (string? format, ClaimsPrincipal user, ExportMine export) => export.Orders(format, user)).WithTags("备案订单")
            .RequireAuthorization(Roles.Applicant).AllowApiKey(ApiScopes.ReadRecords)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithName("ExportOrders").WithSummary("导出本账号的全部订单（format=csv 或 xlsx，流式）");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<BulkLookup.Answer>>, ProblemHttpResult>> LookupAsync(HttpRequest request, ClaimsPrincipal user, BulkLookup lookup, CancellationToken ct)
    {
        IReadOnlyList<string?> domains;
        if (request.HasJsonContentType())
        {
            try
            {
                domains = (await request.ReadFromJsonAsync<BulkLookup.Request>(ct))?.Domains ?? [];
            }
            catch (System.Text.Json.JsonException)
            {
                return Problems.Problem(StatusCodes.Status400BadRequest, "request.invalid", "请求格式不正确：请提交 {\"domains\": [\"example.cn\", …]}。");
            }
        }
        else if (request.ContentType?.StartsWith("text/", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (request.ContentLength > MaxCsvBytes)
            {
                return Problems.Invalid("lookup.too_many", $"一次最多查询{BulkLookup.MaxDomains}个域名，请分批查询。");
            }

            using var reader = new StreamReader(request.Body);
            var table = CsvTable.Read("domain\n" + await reader.ReadToEndAsync(ct));
            // The first column of each line; a header line naming it is not a domain.
            domains = [.. table.Rows.Select(r => r[0]).Where((d, i) => i > 0 || d is not ("domain" or "域名" or "Domain"))];
        }
        else
        {
            return Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "request.unsupported_media_type", "请以 JSON（domains 数组）或 CSV（每行一个域名）提交。");
        }

        return (await lookup.LookupAsync(domains, user, ct)).ToHttp();
    }
}
