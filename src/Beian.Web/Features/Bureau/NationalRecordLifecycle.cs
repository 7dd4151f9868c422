namespace Beian.Web.Features.Bureau;

/// <summary>What happens to an entry of the national record.</summary>
public enum NationalRecordAction
{
    /// <summary>注销: on request, for cause, or by the bureau's clean-up.</summary>
    Cancel,
}

/// <summary>One row of the national record's transition table.</summary>
public sealed record NationalRecordTransition(NationalStatus[] From, NationalRecordAction Action, NationalStatus To);

/// <summary>
/// The national record's transition table (lifecycle.md §10): a subject or website is created live by an approval and
/// leaves by cancellation; a cancelled number is never restored (§1.3), so the table has no way back.
/// </summary>
public static class NationalRecordLifecycle
{
    public static IReadOnlyList<NationalRecordTransition> All { get; } =
    [
        new([NationalStatus.Normal], NationalRecordAction.Cancel, NationalStatus.Cancelled),
    ];

    /// <summary>The status the action leads to, or null when the table has no row for it.</summary>
    public static NationalStatus? Next(NationalStatus from, NationalRecordAction action) =>
        All.FirstOrDefault(t => t.Action == action && t.From.Contains(from))?.To;
}
