using Beian.Lifecycles;

namespace Beian.Compliance;

/// <summary>What ends an inspection case.</summary>
public enum CaseAction
{
    /// <summary>A later inspection by the same check no longer finds it (R-INSP-07).</summary>
    Rectify,

    /// <summary>Its deadline passed with the finding still there: access is cancelled (R-INSP-03).</summary>
    Expire,
}

/// <summary>One row of the cases' transition table, with the resolution the owner is shown.</summary>
public sealed record CaseTransition(IReadOnlyList<CaseState> From, CaseAction Action, CaseState To, string Resolution)
    : ITransition<CaseState, CaseAction>;

/// <summary>
/// The one transition table of inspection cases (专项核查整改): a case is opened by an inspection and ends once, rectified
/// or overdue; every end goes through <see cref="InspectionCase.Apply"/> or, for the sweep's claim, a conditional update
/// built from the same row.
/// </summary>
public static class CaseLifecycle
{
    public static CaseTransition Rectified { get; } = new([CaseState.Open], CaseAction.Rectify, CaseState.Rectified, "复查未再发现该问题，已整改");

    public static CaseTransition Overdue { get; } = new([CaseState.Open], CaseAction.Expire, CaseState.Overdue, "逾期未整改，已取消接入");

    public static TransitionTable<CaseState, CaseAction, CaseTransition> Table { get; } = new([Rectified, Overdue]);
}
