using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Identity;
using Beian.Platform;
using Beian.Ports;
using Beian.Time;
using Beian.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 账号实名认证 (R-ACCT-07): the account proves who holds it — a person by name and resident ID number against the
/// identity database, an enterprise or an individual business (个体工商户) by name and credit code against the business
/// registry, which must show it in business. Only the kind, the verified name and the time are kept, not the number.
/// </summary>
public sealed class VerifyRealName(UserManager<PlatformUser> users, IIdentityCheck identities, IBusinessRegistry businesses, TimeProvider time)
{
    public const string Individual = "individual";
    public const string Enterprise = "enterprise";
    public const string IndividualBusiness = "individual-business";

    public sealed record Request([property: JsonRequired] string? Kind, [property: JsonRequired] string? Name, [property: JsonRequired] string? CertificateNumber);

    public async Task<Result<AccountsApi.MeView>> HandleAsync(Request body, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Problems.NotFound("account");
        }

        var name = body?.Name?.Trim() ?? string.Empty;
        var number = body?.CertificateNumber?.Trim() ?? string.Empty;
        string? problem = body?.Kind switch
        {
            Individual when !ResidentIdNumber.TryParse(number, BeijingTime.Today(time), out _, out _) => "居民身份证号码格式或校验位不正确。",
            Individual => (await identities.LookupAsync([number.ToUpperInvariant()], ct)).Values.Any(r => r.Name == name) ? null : "姓名与证件号码不匹配，请核对后重试。",
            Enterprise or IndividualBusiness => await BusinessProblemAsync(businesses, name, number, ct),
            _ => "请选择认证类型：个人、企业或个体工商户。",
        };
        if (problem is not null)
        {
            return Problems.Invalid("account.real_name_failed", problem);
        }

        user.RealNameKind = body!.Kind;
        user.RealName = name;
        user.RealNameVerifiedAt = time.GetUtcNow();
        await users.UpdateAsync(user);
        return await AccountsApi.ViewAsync(user, users);
    }

    private static async Task<string?> BusinessProblemAsync(IBusinessRegistry businesses, string name, string creditCode, CancellationToken ct)
    {
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out _, out var format) && format == CreditCodeProblem.Format)
        {
            return "统一社会信用代码格式不正确。";
        }

        var entity = await businesses.FindAsync(creditCode, ct);
        if (entity is null || entity.Name != name)
        {
            return "单位名称与统一社会信用代码不匹配，请核对后重试。";
        }

        return entity.Status is "存续" or "在业" or "开业" ? null : $"工商登记状态为「{entity.Status}」，不能完成实名认证。";
    }
}
