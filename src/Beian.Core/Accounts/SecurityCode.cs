using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Beian.PersonalData;

namespace Beian.Accounts;

/// <summary>What a security-phone code (安全手机验证码) is asked for; a code serves only the purpose it was sent for.</summary>
public enum SecurityCodePurpose
{
    /// <summary>Binding a phone as the security phone: the code goes to the new phone.</summary>
    BindPhone,

    /// <summary>Replacing the bound phone: the code goes to the phone bound now.</summary>
    ReplacePhone,

    /// <summary>Starting a change filing (R-ACCT-08).</summary>
    StartChange,

    /// <summary>Moving the filing data to another account (备案转移, R-ACCT-04).</summary>
    Transfer,

    /// <summary>Recovering the account when its password or login is forgotten (R-ACCT-05).</summary>
    Recover,
}

/// <summary>How a code was received.</summary>
public enum CodeCheck
{
    Accepted,

    /// <summary>No code was sent for this purpose, or it was used.</summary>
    Missing,

    Wrong,

    Expired,

    /// <summary>Too many wrong codes: this code no longer counts, a new one must be sent.</summary>
    Exhausted,
}

/// <summary>
/// A one-time code texted to an account's security phone (安全手机) through the SMS outbox. Only a hash of the code is
/// kept: it lives ten minutes and allows five wrong tries, so the hash need not resist more than that.
/// </summary>
public sealed class SecurityCode
{
    /// <summary>How long a code may be entered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>A new code to the same account at most once a minute…</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);

    /// <summary>…and at most this many in a day, whatever the purpose: the phone's owner is not to be flooded.</summary>
    public const int PerDay = 10;

    /// <summary>Wrong entries one code allows.</summary>
    public const int MaxFailures = 5;

    public Guid Id { get; set; }

    /// <summary>The account whose security phone (or phone to bind) received it.</summary>
    public Guid AccountId { get; set; }

    public SecurityCodePurpose Purpose { get; set; }

    /// <summary>The phone the code went to, sealed.</summary>
    public SealedText Phone { get; set; } = null!;

    public string Hash { get; set; } = string.Empty;

    public DateTimeOffset SentAt { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset ExpiresAt => SentAt + Lifetime;

    /// <summary>A new code with its clear digits, which go into the text message only.</summary>
    public static (SecurityCode Code, string Digits) Issue(Guid accountId, SecurityCodePurpose purpose, SealedText phone, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        return (new SecurityCode { Id = id, AccountId = accountId, Purpose = purpose, Phone = phone, Hash = HashOf(id, digits), SentAt = now }, digits);
    }

    /// <summary>
    /// Why no code may be sent now, or null: a new code for the same purpose once a minute, and <see cref="PerDay"/>
    /// a day per account whatever the purpose, counted from the stored send times of the last 24 hours.
    /// </summary>
    public static string? SendRefusal(IReadOnlyCollection<DateTimeOffset> sentInLastDay, DateTimeOffset? lastForPurpose, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sentInLastDay);
        if (RetryAfter(sentInLastDay, lastForPurpose, now) is not { } wait)
        {
            return null;
        }

        return wait <= ResendInterval ? $"验证码已发送，请{(int)Math.Ceiling(wait.TotalSeconds)}秒后再获取。" : "今日获取验证码的次数已达上限，请24小时后再试。";
    }

    /// <summary>How long until a code may be sent, or null when one may be sent now.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> sentInLastDay, DateTimeOffset? lastForPurpose, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sentInLastDay);
        if (lastForPurpose is { } last && last + ResendInterval > now)
        {
            return last + ResendInterval - now;
        }

        var recent = sentInLastDay.Where(at => at > now - TimeSpan.FromDays(1)).Order().ToList();
        return recent.Count >= PerDay ? recent[^PerDay] + TimeSpan.FromDays(1) - now : null;
    }

    /// <summary>Takes an entered code: accepted once, counted when wrong, refused when late or exhausted.</summary>
    public CodeCheck Take(string? digits, DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            return CodeCheck.Missing;
        }

        if (Failures >= MaxFailures)
        {
            return CodeCheck.Exhausted;
        }

        if (now >= ExpiresAt)
        {
            return CodeCheck.Expired;
        }

        var entered = (digits ?? string.Empty).Trim();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(Id, entered)), Encoding.ASCII.GetBytes(Hash)))
        {
            Failures++;
            return Failures >= MaxFailures ? CodeCheck.Exhausted : CodeCheck.Wrong;
        }

        UsedAt = now;
        return CodeCheck.Accepted;
    }

    /// <summary>The applicant's words for an outcome other than accepted.</summary>
    public static string Refusal(CodeCheck check) => check switch
    {
        CodeCheck.Wrong => "验证码不正确，请核对短信后重新输入。",
        CodeCheck.Expired => "验证码已过期，请重新获取。",
        CodeCheck.Exhausted => "验证码输入错误次数过多，请重新获取。",
        _ => "请先获取并输入发送到安全手机的验证码。",
    };

    /// <summary>What the text message says the code is for.</summary>
    public static string Use(SecurityCodePurpose purpose) => purpose switch
    {
        SecurityCodePurpose.BindPhone => "绑定安全手机",
        SecurityCodePurpose.ReplacePhone => "更换安全手机",
        SecurityCodePurpose.StartChange => "办理变更备案",
        SecurityCodePurpose.Transfer => "备案转移",
        _ => "找回账号",
    };

    private static string HashOf(Guid id, string digits) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("N") + ":" + digits)));
}
