using Beian.Lifecycles;
using static Beian.Accounts.TransferState;

namespace Beian.Accounts;

/// <summary>What moves a record transfer.</summary>
public enum TransferAction
{
    Accept,
    Decline,
    Cancel,
    Expire,
}

/// <summary>One row of the transfers' transition table.</summary>
public sealed record TransferTransition(IReadOnlyList<TransferState> From, TransferAction Action, TransferState To)
    : ITransition<TransferState, TransferAction>;

/// <summary>The one transition table of record transfers: a requested transfer ends once.</summary>
public static class TransferLifecycle
{
    public static TransitionTable<TransferState, TransferAction, TransferTransition> Table { get; } = new(
    [
        new([Requested], TransferAction.Accept, Completed),
        new([Requested], TransferAction.Decline, Declined),
        new([Requested], TransferAction.Cancel, Cancelled),
        new([Requested], TransferAction.Expire, Expired),
    ]);
}
