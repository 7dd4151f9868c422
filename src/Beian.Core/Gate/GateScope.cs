using System.Net;

namespace Beian.Gate;

/// <summary>
/// Which traffic the gate decides on (R-BLOCK-08): requests to the provider's mainland server addresses. With no
/// ranges configured everything is gated; an address that cannot be read is gated too, erring on the side of the rule.
/// </summary>
public sealed class GateScope
{
    private readonly IPNetwork[] _ranges;

    public GateScope(IEnumerable<string> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        _ranges = [.. ranges.Select(r => IPNetwork.TryParse(r, out var network) ? network : throw new FormatException($"Not a CIDR range: {r}"))];
    }

    public bool Covers(string? serverAddress) =>
        _ranges.Length == 0 || !IPAddress.TryParse(serverAddress, out var address) || Covers(address);

    public bool Covers(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (_ranges.Length == 0)
        {
            return true;
        }

        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _ranges.Any(r => r.Contains(v4));
    }
}
