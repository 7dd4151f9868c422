using Beian.Domains;

namespace Beian.Gate;

/// <summary>
/// A copy of the snapshot that an edge cannot change cheaply — nginx's map of a million domains, replaced only by a
/// reload — and the domains changed since it was taken.
/// </summary>
public sealed class GateBase(GateSnapshot snapshot)
{
    private readonly HashSet<string> _changed = new(StringComparer.OrdinalIgnoreCase);

    public GateSnapshot Snapshot { get; } = snapshot;

    /// <summary>The domains whose decision may differ between this base and the current snapshot.</summary>
    public IReadOnlyCollection<string> Changed => _changed;

    /// <summary>Notes domains the feed changed, in both their ASCII and Unicode forms (the snapshot holds both).</summary>
    public void Touch(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        foreach (var domain in domains)
        {
            _changed.Add(domain);
            _changed.Add(DomainName.ToUnicode(domain));
        }
    }

    /// <summary>Notes every domain whose entry differs from <paramref name="current"/>'s: after a reload the feed does not say what changed.</summary>
    public void TouchDifferences(GateSnapshot current)
    {
        ArgumentNullException.ThrowIfNull(current);
        foreach (var (domain, reason) in current.Entries())
        {
            if (Snapshot.Exact(domain) != reason)
            {
                _changed.Add(domain);
            }
        }

        foreach (var (domain, _) in Snapshot.Entries())
        {
            if (current.Exact(domain) is null)
            {
                _changed.Add(domain);
            }
        }
    }
}

/// <summary>
/// What an edge holding one or more <see cref="GateBase"/>s needs on top of them to decide as the current snapshot does:
/// every changed domain with its current decision. The edge's base lookup gives the decision of the most specific
/// filed domain and how many labels it has (nginx's <c>hostnames</c> map); the edge then walks from the host up
/// through its parents no higher than that domain and takes the first level found in the overlay, or else the base's
/// answer. Nothing more specific than the level found has changed, so it is the decision of the current snapshot.
/// With two bases (nginx's old workers drain while the new ones serve) the overlay holds the changes of both, which is
/// right for each: a domain that did not change against a base carries the decision the base would give it.
/// </summary>
public static class GateOverlay
{
    public static Dictionary<string, GateReason> Compute(GateSnapshot current, IEnumerable<GateBase> bases)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(bases);
        var overlay = new Dictionary<string, GateReason>(StringComparer.OrdinalIgnoreCase);
        foreach (var @base in bases)
        {
            foreach (var domain in @base.Changed)
            {
                overlay[domain] = current.Decide(domain);
            }
        }

        return overlay;
    }
}
