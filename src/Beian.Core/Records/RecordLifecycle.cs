using Beian.Lifecycles;
using static Beian.Records.RecordStatus;

namespace Beian.Records;

/// <summary>What happens to an entry of the provider's copy of the record.</summary>
public enum RecordAction
{
    /// <summary>The bureau approved a filing of it: the copy follows the bureau, whatever it held before.</summary>
    Approve,

    /// <summary>This provider no longer serves it (取消接入): by the applicant's order or for an overdue inspection case.</summary>
    CancelAccess,

    /// <summary>The bureau cancelled it (注销), on request or on its own.</summary>
    Cancel,

    /// <summary>Access suspended for illegal content.</summary>
    Suspend,
}

/// <summary>One row of the copy's transition table, with the kind of record event the change is announced by.</summary>
public sealed record RecordTransition(IReadOnlyList<RecordStatus> From, RecordAction Action, RecordStatus To, string EventKind)
    : ITransition<RecordStatus, RecordAction>;

/// <summary>
/// The one transition table of the provider's copy of the record (lifecycle.md §10): every status change of a website
/// goes through <see cref="RecordWebsite.Apply"/>, which also writes the record event the gate, reconciliation and
/// webhooks follow (DESIGN.md §2), and a subject's through <see cref="RecordSubject.Apply"/>.
/// </summary>
public static class RecordLifecycle
{
    public static TransitionTable<RecordStatus, RecordAction, RecordTransition> Table { get; } = new(
    [
        new([Normal, AccessCancelled, Cancelled, Suspended], RecordAction.Approve, Normal, "approved"),
        new([Normal, Suspended], RecordAction.CancelAccess, AccessCancelled, "access-cancelled"),
        // The bureau cancels what no provider serves any more as well (AMB-09): from access-cancelled too.
        new([Normal, AccessCancelled, Suspended], RecordAction.Cancel, Cancelled, "cancelled"),
        new([Normal], RecordAction.Suspend, Suspended, "suspended"),
    ]);
}
