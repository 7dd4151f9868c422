using System.Collections.Frozen;
using Beian.Domains;

namespace Beian.Gate;

/// <summary>
/// An immutable picture of the provider's copy of the record, as the gate needs it: every filed domain (in ASCII and in
/// Unicode form) with its decision. A change is laid over the base as a small overlay, so following the record event
/// feed never rebuilds a million entries; <see cref="Compact"/> folds the overlay in now and then.
/// </summary>
public sealed class GateSnapshot
{
    private readonly FrozenDictionary<string, GateReason> _base;
    private readonly FrozenDictionary<string, GateReason>.AlternateLookup<ReadOnlySpan<char>> _baseLookup;
    private readonly FrozenDictionary<string, GateReason?> _overlay;
    private readonly FrozenDictionary<string, GateReason?>.AlternateLookup<ReadOnlySpan<char>> _overlayLookup;

    private GateSnapshot(FrozenDictionary<string, GateReason> @base, FrozenDictionary<string, GateReason?> overlay)
    {
        _base = @base;
        _baseLookup = @base.GetAlternateLookup<ReadOnlySpan<char>>();
        _overlay = overlay;
        _overlayLookup = overlay.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly FrozenDictionary<string, GateReason?> NoOverlay =
        new Dictionary<string, GateReason?>().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static GateSnapshot Empty { get; } = Build([]);

    /// <summary>Past this many overlaid domains a change folds the overlay into the base.</summary>
    private const int CompactAbove = 20_000;

    /// <summary>How many domains the snapshot knows (base and overlay).</summary>
    public int Count => _base.Count + _overlay.Count;

    public int OverlayCount => _overlay.Count;

    /// <summary>A snapshot of the given domains (lower-case ASCII) and their decisions.</summary>
    public static GateSnapshot Build(IEnumerable<KeyValuePair<string, GateReason>> entries)
    {
        var all = new Dictionary<string, GateReason>(StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, reason) in WithUnicodeForms(entries))
        {
            all[domain] = reason;
        }

        return new(all.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), NoOverlay);
    }

    /// <summary>A new snapshot with these domains set (a reason) or removed (null), sharing the base until the overlay grows large.</summary>
    public GateSnapshot With(IReadOnlyDictionary<string, GateReason?> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var overlay = new Dictionary<string, GateReason?>(_overlay, StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, reason) in changes)
        {
            overlay[domain] = reason;
            var unicode = DomainName.ToUnicode(domain);
            if (unicode != domain)
            {
                overlay[unicode] = reason;
            }
        }

        var snapshot = new GateSnapshot(_base, overlay.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        return snapshot.OverlayCount > CompactAbove ? snapshot.Compact() : snapshot;
    }

    /// <summary>The decision recorded for exactly this domain (no walk to its parents), or null if it has none.</summary>
    public GateReason? Exact(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (_overlay.TryGetValue(domain, out var changed))
        {
            return changed;
        }

        return _base.TryGetValue(domain, out var known) ? known : null;
    }

    /// <summary>Every domain the snapshot holds with its decision, overlay applied: what a gateway process mirrors.</summary>
    public IEnumerable<KeyValuePair<string, GateReason>> Entries()
    {
        foreach (var (domain, reason) in _base)
        {
            if (!_overlay.ContainsKey(domain))
            {
                yield return new(domain, reason);
            }
        }

        foreach (var (domain, reason) in _overlay)
        {
            if (reason is { } r)
            {
                yield return new(domain, r);
            }
        }
    }

    /// <summary>Folds the overlay into a new base.</summary>
    public GateSnapshot Compact()
    {
        var merged = new Dictionary<string, GateReason>(_base, StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, reason) in _overlay)
        {
            if (reason is { } r)
            {
                merged[domain] = r;
            }
            else
            {
                merged.Remove(domain);
            }
        }

        return new GateSnapshot(merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), NoOverlay);
    }

    /// <summary>
    /// The decision for a Host header: any case, with or without a port or a trailing dot, ASCII or Unicode. It walks from
    /// the full host up through its parents, so a filed domain covers its subdomains (R-BLOCK-09). It allocates nothing.
    /// </summary>
    public GateReason Decide(ReadOnlySpan<char> host)
    {
        host = Normalise(host);
        while (host.Length > 0)
        {
            if (_overlay.Count > 0 && _overlayLookup.TryGetValue(host, out var changed))
            {
                if (changed is { } reason)
                {
                    return reason;
                }
            }
            else if (_baseLookup.TryGetValue(host, out var known))
            {
                return known;
            }

            var dot = host.IndexOfAny('.', '。');
            if (dot < 0)
            {
                break;
            }

            host = host[(dot + 1)..];
        }

        return GateReason.NoFiling;
    }

    /// <summary>Drops a port (example.cn:8080, [::1]:80) and a trailing dot.</summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> host)
    {
        host = host.Trim();
        if (host.StartsWith('['))
        {
            return [];
        }

        var colon = host.LastIndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        return host.TrimEnd('.');
    }

    private static IEnumerable<KeyValuePair<string, GateReason>> WithUnicodeForms(IEnumerable<KeyValuePair<string, GateReason>> entries)
    {
        foreach (var entry in entries)
        {
            yield return entry;
            if (entry.Key.Contains("xn--", StringComparison.Ordinal))
            {
                yield return new(DomainName.ToUnicode(entry.Key), entry.Value);
            }
        }
    }
}
