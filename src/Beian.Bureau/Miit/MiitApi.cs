using System.Text.Json.Serialization;
using Beian.Platform;

namespace Beian.Bureau.Miit;

/// <summary>
/// The public pages of the MIIT filing system (工信部备案管理系统, simulated): SMS verification and the ICP record
/// query. Anyone may use them; they need no account.
/// </summary>
public static class MiitApi
{
    public sealed record SmsVerificationRequest([property: JsonRequired] string? Mobile, [property: JsonRequired] string? IdLastSix, [property: JsonRequired] string? Code);

    public sealed record SmsResendRequest([property: JsonRequired] string? Mobile, [property: JsonRequired] string? IdLastSix);

    public static RouteGroupBuilder MapMiit(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/miit").WithTags("工信部备案管理系统（模拟）").AllowAnonymous();
        group.MapPost("/sms-verification", (SmsVerificationRequest body, SmsVerification verification, CancellationToken ct) => verification.VerifyAsync(body?.Mobile, body?.IdLastSix, body?.Code, ct).ToHttpAsync()).RequireRateLimiting(RateLimits.Miit).WithName("SmsVerification").WithSummary("短信核验：手机号码、证件号码后六位、验证码");
        group.MapPost("/sms-resend", (SmsResendRequest body, SmsVerification verification, CancellationToken ct) => verification.ResendAsync(body?.Mobile, body?.IdLastSix, ct).ToHttpAsync()).RequireRateLimiting(RateLimits.Miit).WithName("SmsResend").WithSummary("重发短信核验码：手机号码、证件号码后六位（每个申请每分钟至多一次，每天有上限）");
        group.MapPost("/icp-query", (NationalQuery.Request body, NationalQuery query, CancellationToken ct) => query.QueryAsync(body, ct).ToHttpAsync())
            .RequireRateLimiting(RateLimits.Query).WithName("NationalQuery")
            .WithSummary("ICP备案查询（全国系统格式）：关键词为单位名称、备案号、域名或网站名称（前缀），分页返回");
        group.MapPost("/icp-detail", (NationalQuery.DetailRequest body, NationalQuery query, CancellationToken ct) => query.DetailAsync(body, ct).ToHttpAsync())
            .RequireRateLimiting(RateLimits.Query).WithName("NationalQueryDetail")
            .WithSummary("APP、小程序、快应用备案详情（全国系统格式）：按列表中的 dataId 与服务类型");
        group.MapGet("/records", (string? number, string? domain, string? subject, PublicRecordQuery query, CancellationToken ct) => query.QueryAsync(number, domain, subject, ct).ToHttpAsync()).RequireRateLimiting(RateLimits.Query).WithName("PublicQuery").WithSummary("ICP备案查询：按备案号、域名或主办单位名称");
        return api;
    }
}
