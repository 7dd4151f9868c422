namespace Beian.Gate;

/// <summary>The changes after a version, as the platform's gate feed sends them: domain → reason code, or null when removed.</summary>
public sealed record GateChangesMessage(string Epoch, long Version, IReadOnlyDictionary<string, string?> Changes);

/// <summary>
/// What travels between nginx, the platform's gate and the gateway processes: the header names and the snapshot's lines
/// ("domain TAB reason code"). One definition, so that the two ends cannot drift apart.
/// </summary>
public static class GateWire
{
    /// <summary>The decision, on a /gate/check answer and on a block page.</summary>
    public const string ReasonHeader = "X-Beian-Gate";

    /// <summary>The host the visitor asked for, as nginx passes it to auth_request.</summary>
    public const string OriginalHostHeader = "X-Original-Host";

    /// <summary>The local address the visitor came in on, as nginx passes it (R-BLOCK-08).</summary>
    public const string ServerAddressHeader = "X-Server-Addr";

    /// <summary>The shared key a gateway presents to read the feed.</summary>
    public const string KeyHeader = "X-Beian-Gate-Key";

    /// <summary>The platform's snapshot history and the version a snapshot is at.</summary>
    public const string EpochHeader = "X-Beian-Gate-Epoch";

    public const string VersionHeader = "X-Beian-Gate-Version";

    public static string Line(string domain, GateReason reason) => domain + "\t" + reason.Code();

    public static bool TryParseLine(string line, out string domain, out GateReason reason)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        domain = tab > 0 ? line[..tab] : string.Empty;
        reason = GateReason.NoFiling;
        return tab > 0 && GateReasons.TryParse(line[(tab + 1)..], out reason);
    }
}
