using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Accounts;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 安全手机: the mobile bound to an account, which receives one-time codes through the SMS outbox (the same port as every
/// other text message, visible in the sandbox outbox). A code is asked before a change starts (R-ACCT-08), before a
/// record transfer (R-ACCT-04) and to recover the account (R-ACCT-05); binding or replacing the phone asks one too.
/// </summary>
public sealed class SecurityPhone(ProviderDb db, PersonalDataProtector protector, TimeProvider time)
{
    public const string Template = "account.security-code";

    /// <param name="Purpose">What the code is for.</param>
    /// <param name="Phone">The mobile to bind, for <see cref="SecurityCodePurpose.BindPhone"/> only.</param>
    public sealed record CodeRequest([property: JsonRequired] SecurityCodePurpose Purpose, string? Phone = null);

    /// <summary>A code went out: to which phone (masked), until when it may be entered, and when another may be asked.</summary>
    public sealed record CodeSent(string Phone, DateTimeOffset ExpiresAt, DateTimeOffset ResendAfter);

    /// <summary>The bound security phone, masked.</summary>
    public sealed record Bound(string Phone);

    /// <param name="Phone">The mobile to bind.</param>
    /// <param name="Code">The code sent to that mobile.</param>
    /// <param name="CurrentCode">When a phone is bound already: the code sent to it (purpose ReplacePhone).</param>
    public sealed record BindRequest([property: JsonRequired] string? Phone, [property: JsonRequired] string? Code, string? CurrentCode = null);

    /// <summary>The account's security phone, masked, or null when none is bound.</summary>
    public async Task<string?> MaskedAsync(Guid accountId, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => u.SecurityPhone).FirstOrDefaultAsync(ct))?.Masked;

    /// <summary>Sends a code for a signed-in account: to the phone to bind, or to the bound phone for anything else.</summary>
    public async Task<Result<CodeSent>> SendAsync(ClaimsPrincipal user, CodeRequest body, CancellationToken ct)
    {
        var account = await db.Users.FindAsync([user.Id()], ct);
        if (account is null)
        {
            return Problems.NotFound("account");
        }

        if (body.Purpose == SecurityCodePurpose.BindPhone)
        {
            if (MainlandPhone.KindOf(body.Phone, out var e164) != PhoneKind.Mobile || e164 is null)
            {
                return Problems.Invalid("account.security_phone_invalid", "请填写正确的中国大陆手机号码。");
            }

            return await SendToAsync(account.Id, body.Purpose, protector.Seal(e164, PersonalDataKind.Phone), ct);
        }

        if (body.Purpose == SecurityCodePurpose.Recover)
        {
            return Problems.Invalid("security_code.purpose", "找回账号请在登录页选择「找回账号」。");
        }

        return account.SecurityPhone is { } bound ? await SendToAsync(account.Id, body.Purpose, bound, ct) : Missing();
    }

    /// <summary>Sends a code to a phone of an account, within the send limits (a rule on stored times, not the clock of a limiter).</summary>
    public async Task<Result<CodeSent>> SendToAsync(Guid accountId, SecurityCodePurpose purpose, SealedText phone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var now = time.GetUtcNow();
        var since = now - TimeSpan.FromDays(1);
        var sent = await db.SecurityCodes.AsNoTracking().Where(c => c.AccountId == accountId && c.SentAt > since)
            .Select(c => new { c.SentAt, c.Purpose }).ToListAsync(ct);
        var times = sent.ConvertAll(c => c.SentAt);
        var last = sent.Where(c => c.Purpose == purpose).Select(c => (DateTimeOffset?)c.SentAt).Max();
        if (SecurityCode.SendRefusal(times, last, now) is { } refusal)
        {
            return Problems.TooManyRequests("security_code.too_soon", refusal, SecurityCode.RetryAfter(times, last, now)!.Value);
        }

        var (code, digits) = SecurityCode.Issue(accountId, purpose, phone, now);
        db.SecurityCodes.Add(code);
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Channel = Channel.Sms,
            Phone = phone,
            Template = Template,
            Subject = "安全手机验证码",
            Body = $"验证码{digits}，用于{SecurityCode.Use(purpose)}，10分钟内有效。请勿将验证码告诉他人；如非本人操作，请忽略本短信。",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return new CodeSent(phone.Masked, code.ExpiresAt, now + SecurityCode.ResendInterval);
    }

    /// <summary>
    /// Takes the latest code sent to the account for the purpose, to the phone given (the bound one by default). A wrong
    /// code is counted at once; an accepted one is marked used in the caller's transaction, with the action it allows.
    /// <paramref name="rule"/> is the rule that asks for the code, cited when none was entered.
    /// </summary>
    public async Task<ProblemHttpResult?> TakeAsync(Guid accountId, SecurityCodePurpose purpose, string? digits, string rule, CancellationToken ct, SealedText? phone = null)
    {
        var bound = phone ?? (await db.Users.FindAsync([accountId], ct))?.SecurityPhone;
        if (bound is null)
        {
            return Missing();
        }

        var code = await db.SecurityCodes.Where(c => c.AccountId == accountId && c.Purpose == purpose && c.UsedAt == null)
            .OrderByDescending(c => c.SentAt).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(digits) || code is null || code.Phone.Index != bound.Index)
        {
            return Problems.FromFindings([new Finding([rule], Severity.Blocking, "securityCode", $"请先获取并输入发送到安全手机{bound.Masked}的验证码", "点击「获取验证码」，输入短信中的6位数字。")]);
        }

        var check = code.Take(digits, time.GetUtcNow());
        if (check == CodeCheck.Accepted)
        {
            return null;
        }

        await db.SaveChangesAsync(ct);
        return Problems.Invalid("security_code.invalid", SecurityCode.Refusal(check));
    }

    /// <summary>Binds or replaces the security phone: the new phone's code, and the bound phone's code when there is one.</summary>
    public async Task<Result<Bound>> SetAsync(ClaimsPrincipal user, BindRequest body, CancellationToken ct)
    {
        var account = await db.Users.FindAsync([user.Id()], ct);
        if (account is null)
        {
            return Problems.NotFound("account");
        }

        if (MainlandPhone.KindOf(body.Phone, out var e164) != PhoneKind.Mobile || e164 is null)
        {
            return Problems.Invalid("account.security_phone_invalid", "请填写正确的中国大陆手机号码。");
        }

        var phone = protector.Seal(e164, PersonalDataKind.Phone);
        if (account.SecurityPhone is not null && await TakeAsync(account.Id, SecurityCodePurpose.ReplacePhone, body.CurrentCode, "R-ACCT-05", ct) is { } current)
        {
            return current;
        }

        if (await TakeAsync(account.Id, SecurityCodePurpose.BindPhone, body.Code, "R-ACCT-05", ct, phone) is { } refused)
        {
            return refused;
        }

        var replaced = account.SecurityPhone is not null;
        account.SecurityPhone = phone;
        account.SecurityPhoneSetAt = time.GetUtcNow();
        db.Audit.Add(AuditLog.Entry(time, account.Id, user.DisplayName(), replaced ? "account.security-phone.replace" : "account.security-phone.bind", $"account/{account.Id}", phone.Masked));
        await db.SaveChangesAsync(ct);
        return new Bound(phone.Masked);
    }

    private static ProblemHttpResult Missing() =>
        Problems.Conflict("account.security_phone_missing", "您的账号尚未绑定安全手机，请先在账号中心绑定安全手机；原安全手机已停用的，请先更换安全手机。");
}
