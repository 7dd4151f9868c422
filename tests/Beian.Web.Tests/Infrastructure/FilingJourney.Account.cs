using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Beian.Web.Features.Sandbox;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>The account's own steps: the security phone and the codes it receives.</summary>
public sealed partial class FilingJourney
{
    /// <summary>The mobile the journeys bind as a security phone unless told otherwise.</summary>
    public const string SecurityMobile = "13800138000";

    /// <summary>
    /// Reads the newest security code for a purpose (in the words of the text, e.g. 办理变更备案) texted to a phone from the
    /// development outbox; the phone may be given masked as the outbox shows it.
    /// </summary>
    public async Task<string> SecurityCodeAsync(string mobile = SecurityMobile, string? use = null)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        var masked = mobile[..3] + "****" + mobile[^4..];
        var outbox = await admin.GetJsonAsync("/api/sandbox/outbox");
        var sms = outbox.EnumerateArray().First(m => m.GetProperty("side").GetString() == "provider" && m.GetProperty("to").GetString() == masked
            && m.GetProperty("subject").GetString() == "安全手机验证码" && (use is null || m.GetProperty("body").GetString()!.Contains("用于" + use, StringComparison.Ordinal)));
        return SecurityCodeInText().Match(sms.GetProperty("body").GetString()!).Groups[1].Value;
    }

    /// <summary>Binds a security phone to the signed-in account with the code texted to it.</summary>
    public async Task BindSecurityPhoneAsync(HttpClient applicant, string mobile = SecurityMobile)
    {
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "BindPhone", phone = mobile });
        await applicant.PutJsonAsync("/api/accounts/me/security-phone", new { phone = mobile, code = await SecurityCodeAsync(mobile, "绑定安全手机") });
    }

    /// <summary>
    /// Starts a change, cancel-access or cancellation on a record; a change is confirmed with a security-phone code
    /// (R-ACCT-08), the phone bound first when the account has none.
    /// </summary>
    public async Task<JsonElement> StartRecordOrderAsync(HttpClient applicant, string icpNumber, string type, HttpStatusCode expected = HttpStatusCode.Created)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        string? code = null;
        if (type is "ChangeSubject" or "ChangeWebsite")
        {
            var me = await applicant.GetJsonAsync("/api/accounts/me");
            if (me.GetProperty("securityPhone").ValueKind == JsonValueKind.Null)
            {
                await BindSecurityPhoneAsync(applicant);
            }

            var sent = await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" });
            code = await SecurityCodeAsync(sent.GetProperty("phone").GetString()!, "办理变更备案");
        }

        return await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(icpNumber)}/orders", new { type, securityCode = code }, expected);
    }

    [GeneratedRegex(@"验证码(\d{6})")]
    private static partial Regex SecurityCodeInText();
}
