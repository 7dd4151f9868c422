using Beian.Lifecycles;

namespace Beian.Bureau.Model;

/// <summary>What happens to an entry of the national record.</summary>
public enum NationalRecordAction
{
    /// <summary>注销: on request, for cause, or by the bureau's clean-up.</summary>
    Cancel,
}

/// <summary>One row of the national record's transition table.</summary>
public sealed record NationalRecordTransition(IReadOnlyList<NationalStatus> From, NationalRecordAction Action, NationalStatus To)
    : ITransition<NationalStatus, NationalRecordAction>;

/// <summary>
/// The national record's transition table (lifecycle.md §10): a subject or website is created live by an approval and
/// leaves by cancellation; a cancelled number is never restored (§1.3), so the table has no way back.
/// </summary>
public static class NationalRecordLifecycle
{
    public static TransitionTable<NationalStatus, NationalRecordAction, NationalRecordTransition> Table { get; } = new(
    [
        new([NationalStatus.Normal], NationalRecordAction.Cancel, NationalStatus.Cancelled),
    ]);
}
