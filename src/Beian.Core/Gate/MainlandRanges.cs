using System.Net;

namespace Beian.Gate;

/// <summary>
/// The provider's mainland server addresses (中国内地服务器地址段, CIDR). The gate decides only on traffic to them
/// (R-BLOCK-08), and a filed domain must resolve into them (R-INSP-06, R-DIAG-09).
/// </summary>
public sealed class MainlandRanges(IEnumerable<string?> ranges)
{
    private readonly AddressRanges _ranges = new(ranges);

    public bool IsEmpty => _ranges.IsEmpty;

    /// <summary>Whether the address is one of the provider's mainland servers (an IPv4 address seen through IPv6 too).</summary>
    public bool Contains(IPAddress address) => _ranges.Contains(address);

    /// <summary>
    /// Whether the gate decides on traffic to this server address. With no ranges configured everything is gated, and so
    /// is an address that cannot be read: erring on the side of the rule.
    /// </summary>
    public bool Gates(string? serverAddress) =>
        IsEmpty || !IPAddress.TryParse(serverAddress, out var address) || Contains(address);

    public bool Gates(IPAddress address) => IsEmpty || Contains(address);
}
