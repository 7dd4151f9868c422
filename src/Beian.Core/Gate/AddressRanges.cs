using System.Net;

namespace Beian.Gate;

/// <summary>
/// Address ranges (CIDR) from settings: blank entries — a setting cleared by configuration — are left out, a mistyped
/// range stops the start, and an IPv4 address seen through IPv6 counts as itself.
/// </summary>
public sealed class AddressRanges
{
    private readonly IPNetwork[] _ranges;

    public AddressRanges(IEnumerable<string?> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        _ranges = [.. ranges.Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => IPNetwork.TryParse(r, out var network) ? network : throw new FormatException($"Not a CIDR range: {r}"))];
    }

    public bool IsEmpty => _ranges.Length == 0;

    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _ranges.Any(r => r.Contains(v4));
    }
}
