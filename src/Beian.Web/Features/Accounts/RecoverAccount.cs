using System.Text.Json.Serialization;
using Beian.Accounts;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 找回账号 (R-ACCT-05; R-ACCT-02's 「忘记原账号」): a code to the account's security phone, asked by the login e-mail or by
/// the certificate number filed under it, and a new password with that code. Every answer before the code is right is
/// the same whether the account exists, has a phone or was asked too often: an unverified caller learns nothing.
/// </summary>
public sealed class RecoverAccount(ProviderDb db, UserManager<PlatformUser> users, SecurityPhone phone, PersonalDataProtector protector, TimeProvider time)
{
    public const string SentMessage = "如该账号已绑定安全手机，验证码已发送到安全手机，10分钟内有效。安全手机已停用的，请提交申诉。";

    /// <param name="Email">The login e-mail, or</param>
    /// <param name="CertificateNumber">the certificate number of the subject filed under the forgotten account.</param>
    public sealed record CodeRequest(string? Email = null, string? CertificateNumber = null);

    public sealed record CodeAnswer(string Message);

    public sealed record ResetRequest(string? Email, string? CertificateNumber, [property: JsonRequired] string? Code, [property: JsonRequired] string? NewPassword);

    /// <summary>The recovered account's login, told only once its security code was right.</summary>
    public sealed record Recovered(string Email);

    public async Task<CodeAnswer> SendAsync(CodeRequest body, CancellationToken ct)
    {
        if (await AccountAsync(body.Email, body.CertificateNumber, ct) is { SecurityPhone: { } bound } account)
        {
            // A refusal by the send limits is not told either: it would say the account exists.
            _ = await phone.SendToAsync(account.Id, SecurityCodePurpose.Recover, bound, ct);
        }

        return new CodeAnswer(SentMessage);
    }

    public async Task<Result<Recovered>> ResetAsync(ResetRequest body, CancellationToken ct)
    {
        var account = await AccountAsync(body.Email, body.CertificateNumber, ct);
        if (account?.SecurityPhone is null || await phone.TakeAsync(account.Id, SecurityCodePurpose.Recover, body.Code, "R-ACCT-05", ct) is not null)
        {
            return Problems.Invalid("security_code.invalid", "验证码不正确或已过期，请重新获取。");
        }

        if (string.IsNullOrEmpty(body.NewPassword))
        {
            return Problems.Invalid("account.fields_required", "请填写新密码。");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, account, body.NewPassword);
            if (!checkedPassword.Succeeded)
            {
                var error = checkedPassword.Errors.First();
                return Problems.Invalid("account." + error.Code, RegisterAccount.Explain(error));
            }
        }

        account.PasswordHash = users.PasswordHasher.HashPassword(account, body.NewPassword);
        account.MustChangePassword = false;
        account.LockoutEnd = null;
        db.Audit.Add(AuditLog.Entry(time, account.Id, account.DisplayName, "account.recover", $"account/{account.Id}", "security-phone code"));

        // A new stamp ends every session of the account: whoever held the old password is signed out; the API keys
        // they may have made go with them (the owner makes new ones).
        await users.UpdateSecurityStampAsync(account);
        var now = time.GetUtcNow();
        await db.ApiKeys.Where(k => k.AccountId == account.Id && k.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(k => k.RevokedAt, now), ct);
        return new Recovered(account.Email ?? string.Empty);
    }

    private async Task<PlatformUser?> AccountAsync(string? email, string? certificateNumber, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            var normalized = email.Trim().ToUpperInvariant();
            return await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.DisabledAt == null, ct);
        }

        if (string.IsNullOrWhiteSpace(certificateNumber))
        {
            return null;
        }

        var index = protector.IndexOf(certificateNumber.Trim(), PersonalDataKind.CertificateNumber);
        var owner = await db.RecordSubjects.Where(s => s.CertificateNumber.Index == index && s.Status != RecordStatus.Cancelled).Select(s => (Guid?)s.AccountId).FirstOrDefaultAsync(ct);
        return owner is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == owner && u.DisabledAt == null, ct);
    }
}
