using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Beian.Webhooks;

/// <summary>
/// How a delivery is signed: HMAC-SHA256 with the subscription's secret over "timestamp.body", sent as
/// <c>Beian-Signature: t=timestamp,v1=hex[,v1=hex]</c> — a second v1 while a rotated-out secret is still honoured. A
/// receiver recomputes it, compares in constant time and refuses timestamps far from its clock (replays).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Beian-Signature";
    public const string IdHeader = "Beian-Event-Id";
    public const string TypeHeader = "Beian-Event-Type";

    /// <summary>A receiver should refuse a signature older than this: a captured delivery cannot be replayed later.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(IEnumerable<string> secrets, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var parts = new List<string> { "t=" + timestamp.ToString(CultureInfo.InvariantCulture) };
        parts.AddRange(secrets.Select(s => "v1=" + Convert.ToHexStringLower(Mac(s, timestamp, body))));
        return string.Join(',', parts);
    }

    /// <summary>What a receiver does: true when one v1 matches the secret and the timestamp is within the tolerance.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(header);
        var fields = header.Split(',', StringSplitOptions.TrimEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        if (fields.FirstOrDefault(f => f[0] == "t") is not { } t || !long.TryParse(t[1], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > Tolerance)
        {
            return false;
        }

        var expected = Mac(secret, timestamp, body);
        return fields.Where(f => f[0] == "v1").Any(f => f[1].Length == expected.Length * 2 && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(f[1]), expected));
    }

    private static byte[] Mac(string secret, long timestamp, string body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body));
}
