using System.Security.Cryptography;
using System.Text;

namespace Beian.Accounts;

/// <summary>What an API key may do: each endpoint a key may call names the one scope it needs.</summary>
public static class ApiScopes
{
    /// <summary>Read the account's records, cases and exports, and look domains up in bulk.</summary>
    public const string ReadRecords = "records:read";

    /// <summary>Start, fill, submit, withdraw and abandon orders; apply for service codes.</summary>
    public const string ManageOrders = "orders:manage";

    /// <summary>Subscribe URLs to events, rotate their secrets, read deliveries and redeliver.</summary>
    public const string Webhooks = "webhooks";

    public static IReadOnlyList<string> All { get; } = [ReadRecords, ManageOrders, Webhooks];

    public static string ChineseName(string scope) => scope switch
    {
        ReadRecords => "读取备案信息",
        ManageOrders => "管理备案订单",
        Webhooks => "管理事件推送",
        _ => scope,
    };
}

/// <summary>
/// An API key (API 密钥) of an applicant's account for machine clients: shown once when created, kept only as a hash,
/// limited to scopes, with an expiry and revocation. Accepted as a bearer credential by the API, never by the console.
/// </summary>
public sealed class ApiKey
{
    /// <summary>Every key starts so, that a leaked one is recognisable in logs and by secret scanners.</summary>
    public const string Marker = "bk_";

    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>What the owner calls it ("billing system").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key's public part, unique: finds the key, and tells the owner which key a log line means.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>SHA-256 of the whole key: 256 random bits need no slow hash.</summary>
    public byte[] Hash { get; set; } = [];

    public List<string> Scopes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A new key: the entity to store and the secret to show its owner once.</summary>
    public static (ApiKey Key, string Secret) Create(Guid accountId, string name, IEnumerable<string> scopes, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = $"{Marker}{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Name = name,
            Prefix = prefix,
            Hash = HashOf(secret),
            Scopes = [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (key, secret);
    }

    /// <summary>The prefix of a presented key, or null when it is not one of ours.</summary>
    public static string? PrefixOf(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (!presented.StartsWith(Marker, StringComparison.Ordinal) || presented.Length != Marker.Length + 12 + 1 + 43 || presented[Marker.Length + 12] != '_')
        {
            return null;
        }

        return presented.Substring(Marker.Length, 12);
    }

    /// <summary>Whether a presented key is this one, in time independent of where they differ.</summary>
    public bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Hash, HashOf(presented));

    private static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
