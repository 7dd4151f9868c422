using System.Net;

namespace Beian.Ports;

/// <summary>How a name resolved.</summary>
public enum DnsStatus
{
    Resolved,

    /// <summary>The name does not exist (NXDOMAIN) or has no address.</summary>
    NoSuchName,

    /// <summary>No answer: the server failed or did not reply.</summary>
    Failed,
}

public sealed record DnsAnswer(DnsStatus Status, IReadOnlyList<IPAddress> Addresses, string? Error = null);

/// <summary>
/// The public DNS as the compliance checks see it: real resolution (DnsClient) in production, a simulator with state
/// in sandbox mode and tests.
/// </summary>
public interface IDnsResolver
{
    Task<DnsAnswer> ResolveAsync(string name, CancellationToken ct);
}
