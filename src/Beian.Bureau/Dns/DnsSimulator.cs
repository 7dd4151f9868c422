using System.Net;
using Beian.Bureau.Data;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Dns;

/// <summary>The simulated public DNS: answers from its table of names, loaded by the sandbox fixtures.</summary>
public sealed class DnsSimulator(BureauDb db) : IDnsResolver
{
    public async Task<DnsAnswer> ResolveAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.TrimEnd('.').ToLowerInvariant();
        var entry = await db.DnsRecords.AsNoTracking().FirstOrDefaultAsync(e => e.Name == key, ct);
        return entry is null || entry.Addresses.Count == 0
            ? new DnsAnswer(DnsStatus.NoSuchName, [])
            : new DnsAnswer(DnsStatus.Resolved, [.. entry.Addresses.Select(IPAddress.Parse)]);
    }
}
