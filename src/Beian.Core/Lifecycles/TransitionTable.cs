using System.Collections.Frozen;

namespace Beian.Lifecycles;

/// <summary>A row of a lifecycle's transition table: the states an action may start from, and where it leads.</summary>
public interface ITransition<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    IReadOnlyList<TState> From { get; }

    TAction Action { get; }

#pragma warning disable CA1716 // "To" as the spec's tables say it; no other language implements these rows
    TState To { get; }
#pragma warning restore CA1716
}

/// <summary>
/// A lifecycle's transition table as data: its rows, and the row for an action from a state (none: not allowed). Two
/// rows for the same state and action are refused when the table is built, so a table answers every question once.
/// </summary>
public sealed class TransitionTable<TState, TAction, TRow>
    where TState : struct, Enum
    where TAction : struct, Enum
    where TRow : class, ITransition<TState, TAction>
{
    private readonly FrozenDictionary<(TState, TAction), TRow> _index;

    public TransitionTable(IEnumerable<TRow> rows)
    {
        All = [.. rows];
        _index = All.SelectMany(row => row.From.Select(from => (Key: (from, row.Action), Row: row))).ToFrozenDictionary(x => x.Key, x => x.Row);
    }

    public IReadOnlyList<TRow> All { get; }

    /// <summary>The row for the action from this state, or null when the table has none.</summary>
    public TRow? Find(TState from, TAction action) => _index.GetValueOrDefault((from, action));

    /// <summary>The state the action leads to from this state, or null when the table has no row for it.</summary>
    public TState? Next(TState from, TAction action) => Find(from, action)?.To;
}
