namespace Beian.Compliance;

/// <summary>
/// One step of an inspection case — opened, due (its deadline near), closed — with a gap-free sequence, written in the
/// same save as the step: the ordered table the webhooks follow (DESIGN.md §2).
/// </summary>
public sealed class CaseEvent
{
    public const string Opened = "opened";
    public const string Due = "due";
    public const string Closed = "closed";

    public long Sequence { get; set; }

    public Guid CaseId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>opened, due or closed.</summary>
    public string Kind { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public static CaseEvent Of(InspectionCase found, string kind, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new() { CaseId = found.Id, AccountId = found.AccountId, Kind = kind, At = at };
    }
}
