using System.Net;

namespace Beian.Gate;

/// <summary>
/// The provider's mainland server addresses (中国内地服务器地址段, CIDR). The gate decides only on traffic to them
/// (R-BLOCK-08), and a filed domain must resolve into them (R-INSP-06, R-DIAG-09). Blank entries — a setting cleared by
/// configuration — are left out; a mistyped range stops the start.
/// </summary>
public sealed class MainlandRanges
{
    private readonly IPNetwork[] _ranges;

    public MainlandRanges(IEnumerable<string?> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        _ranges = [.. ranges.Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => IPNetwork.TryParse(r, out var network) ? network : throw new FormatException($"Not a CIDR range: {r}"))];
    }

    public bool IsEmpty => _ranges.Length == 0;

    /// <summary>Whether the address is one of the provider's mainland servers (an IPv4 address seen through IPv6 too).</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _ranges.Any(r => r.Contains(v4));
    }

    /// <summary>
    /// Whether the gate decides on traffic to this server address. With no ranges configured everything is gated, and so
    /// is an address that cannot be read: erring on the side of the rule.
    /// </summary>
    public bool Gates(string? serverAddress) =>
        IsEmpty || !IPAddress.TryParse(serverAddress, out var address) || Contains(address);

    public bool Gates(IPAddress address) => IsEmpty || Contains(address);
}
