using Beian.Filings;
using Beian.Gate;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Gate;

/// <summary>
/// Builds the gate's snapshot from the provider's copy of the record and follows the record event feed (DESIGN.md §2):
/// each refresh re-reads the domains that changed since its position and lays them over the snapshot. No request ever
/// queries the database.
/// </summary>
public sealed class GateFollower(IServiceScopeFactory scopes, GateState state, TimeProvider time)
{
    /// <summary>Events are read again for this long after they were written: a transaction that committed late, with a lower sequence, is still seen.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromSeconds(30);

    public async Task BuildAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var position = await db.RecordEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var filed = await db.RecordDomains.AsNoTracking()
            .Join(db.RecordWebsites, d => d.WebsiteId, w => w.Id, (d, w) => new { d.Domain, w.Status })
            .ToListAsync(ct);
        var entries = new Dictionary<string, GateReason>();
        foreach (var domain in await InProgressDomainsAsync(db, ct))
        {
            entries[domain] = GateReason.FilingInProgress;
        }

        foreach (var (domain, reason) in Decide(filed.Select(f => (f.Domain, f.Status))))
        {
            entries[domain] = reason;
        }

        state.Replace(GateSnapshot.Build(entries), position, time.GetUtcNow());
    }

    /// <summary>Applies what changed since the last refresh; returns how many domains it looked at again.</summary>
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var since = time.GetUtcNow() - Lookback;
        var position = state.Position;
        var events = await db.RecordEvents.AsNoTracking()
            .Where(e => e.Sequence > position || e.At >= since)
            .OrderBy(e => e.Sequence)
            .Take(10_000)
            .ToListAsync(ct);
        var domains = events.SelectMany(e => e.Domains).ToHashSet(StringComparer.Ordinal);
        // Orders in progress are few; their domains are read again on every refresh.
        var inProgress = await InProgressDomainsAsync(db, ct);
        domains.UnionWith(inProgress);
        domains.UnionWith(state.InProgressSeen);
        var current = state.Current;
        // Only what really changed moves the snapshot on and reaches the gateways' journal.
        var changes = (await DecisionsAsync(db, domains, inProgress, ct))
            .Where(c => current.Exact(c.Key) != c.Value)
            .ToDictionary(StringComparer.OrdinalIgnoreCase);
        var snapshot = changes.Count == 0 ? current : current.With(changes);
        state.Apply(snapshot, changes, events.Count == 0 ? position : Math.Max(position, events[^1].Sequence), inProgress);
        return domains.Count;
    }

    private static async Task<Dictionary<string, GateReason?>> DecisionsAsync(ProviderDb db, HashSet<string> domains, IReadOnlySet<string> inProgress, CancellationToken ct)
    {
        var list = domains.ToList();
        var filed = await db.RecordDomains.AsNoTracking().Where(d => list.Contains(d.Domain))
            .Join(db.RecordWebsites, d => d.WebsiteId, w => w.Id, (d, w) => new { d.Domain, w.Status })
            .ToListAsync(ct);
        var changes = list.ToDictionary(d => d, d => inProgress.Contains(d) ? GateReason.FilingInProgress : (GateReason?)null);
        foreach (var (domain, reason) in Decide(filed.Select(f => (f.Domain, f.Status))))
        {
            changes[domain] = reason;
        }

        return changes;
    }

    private static async Task<IReadOnlySet<string>> InProgressDomainsAsync(ProviderDb db, CancellationToken ct)
    {
        var domains = await db.OrderDomains.AsNoTracking()
            .Join(BasicCheck.InProgress(db.Orders).Where(o => o.Type != FilingType.CancelAccess && o.Type != FilingType.CancelWebsite && o.Type != FilingType.CancelSubject), d => d.OrderId, o => o.Id, (d, o) => d.Domain)
            .ToListAsync(ct);
        return domains.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// R-APP-31: a domain that a website and apps of one subject share is one domain, allowed while any of its services
    /// allows it; otherwise blocked with the reason of one of them.
    /// </summary>
    private static IEnumerable<(string Domain, GateReason Reason)> Decide(IEnumerable<(string Domain, RecordStatus Status)> filed) =>
        filed.GroupBy(f => f.Domain, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Any(f => f.Status == RecordStatus.Normal) ? GateReason.Allowed : ReasonOf(g.Last().Status)));

    /// <summary>
    /// R-BLOCK-10: allowed only for a website of the provider's copy that is approved, synced and normal here — the copy
    /// holds only what the bureau approved and this provider accesses; anything else is blocked with its reason.
    /// </summary>
    private static GateReason ReasonOf(RecordStatus status) => status switch
    {
        RecordStatus.Normal => GateReason.Allowed,
        RecordStatus.AccessCancelled => GateReason.AccessCancelled,
        RecordStatus.Cancelled => GateReason.RecordCancelled,
        RecordStatus.Suspended => GateReason.Suspended,
        _ => GateReason.NoFiling,
    };
}
