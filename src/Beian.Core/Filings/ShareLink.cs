using System.Security.Cryptography;
using System.Text;

namespace Beian.Filings;

/// <summary>
/// 分享链接 (R-DOC-15): lets a principal who is elsewhere upload their ID and do the face check on their own phone, for
/// one principal of one order, for a short while. Only a hash of the token is kept; the link is shown once.
/// </summary>
public sealed class ShareLink
{
    /// <summary>Long enough to pass the link on and finish on the phone, short enough that a forwarded link soon dies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>The principal the link is bound to, e.g. websites[0].principal.</summary>
    public string Role { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public bool IsValid(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>A new link with its token, which goes into the URL only.</summary>
    public static (ShareLink Link, string Token) Create(Guid orderId, Guid accountId, string role, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (new ShareLink { Id = Guid.CreateVersion7(now), OrderId = orderId, AccountId = accountId, Role = role, TokenHash = HashOf(token), CreatedAt = now, ExpiresAt = now + Lifetime }, token);
    }

    public static string HashOf(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? string.Empty)));
}
