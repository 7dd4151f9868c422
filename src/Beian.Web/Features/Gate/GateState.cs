using Beian.Gate;

namespace Beian.Web.Features.Gate;

/// <summary>What a gateway needs to catch up from a version: the newest version and every domain changed since.</summary>
public sealed record GateChanges(long Version, IReadOnlyDictionary<string, GateReason?> Changes);

/// <summary>
/// The snapshot the gate answers from, swapped whole on every refresh, with a short journal of what each refresh
/// changed: gateway processes (Beian.Gateway) mirror the snapshot once and then follow the journal by version.
/// </summary>
public sealed class GateState
{
    /// <summary>Refreshes kept for gateways that fell behind; one further back loads the whole snapshot again.</summary>
    private const int JournalLength = 1_000;

    private readonly Lock _lock = new();
    private readonly Queue<(long Version, IReadOnlyDictionary<string, GateReason?> Changes)> _journal = new();
    private GateSnapshot _current = GateSnapshot.Empty;

    /// <summary>The oldest version from which the journal still holds every change.</summary>
    private long _journalFrom;

    public GateSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// This host's snapshot history. Versions count from zero at each start and differ between instances, so a gateway
    /// that followed another instance, or this one before a restart, loads the snapshot again.
    /// </summary>
    public string Epoch { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Goes up by one for every refresh that changed a decision.</summary>
    public long Version { get; private set; }

    /// <summary>The last record event the snapshot reflects.</summary>
    public long Position { get; private set; }

    public DateTimeOffset? BuiltAt { get; private set; }

    /// <summary>The in-progress domains of the last refresh, so that one whose order ended is looked at once more.</summary>
    internal IReadOnlySet<string> InProgressSeen { get; private set; } = new HashSet<string>();

    /// <summary>The snapshot with the version it is at, read together.</summary>
    public (GateSnapshot Snapshot, long Version) Read()
    {
        lock (_lock)
        {
            return (_current, Version);
        }
    }

    /// <summary>The changes after <paramref name="version"/>, or null when the journal no longer reaches back that far.</summary>
    public GateChanges? ChangesAfter(string epoch, long version)
    {
        lock (_lock)
        {
            if (epoch != Epoch || version < _journalFrom || version > Version)
            {
                return null;
            }

            var merged = new Dictionary<string, GateReason?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (v, changes) in _journal)
            {
                if (v > version)
                {
                    foreach (var (domain, reason) in changes)
                    {
                        merged[domain] = reason;
                    }
                }
            }

            return new GateChanges(Version, merged);
        }
    }

    /// <summary>A snapshot built from scratch: gateways load it whole.</summary>
    internal void Replace(GateSnapshot snapshot, long position, DateTimeOffset builtAt)
    {
        lock (_lock)
        {
            Volatile.Write(ref _current, snapshot);
            Version++;
            _journal.Clear();
            _journalFrom = Version;
            Position = position;
            BuiltAt = builtAt;
        }
    }

    /// <summary>A refresh: the new snapshot and the decisions it changed.</summary>
    internal void Apply(GateSnapshot snapshot, IReadOnlyDictionary<string, GateReason?> changes, long position, IReadOnlySet<string> inProgress)
    {
        lock (_lock)
        {
            Volatile.Write(ref _current, snapshot);
            if (changes.Count > 0)
            {
                Version++;
                _journal.Enqueue((Version, changes));
                if (_journal.Count > JournalLength)
                {
                    _journalFrom = _journal.Dequeue().Version;
                }
            }

            Position = position;
            InProgressSeen = inProgress;
        }
    }
}
