namespace Beian.Instances;

/// <summary>
/// One change of a service code — issued, or moved by its transition table — with a gap-free sequence, written in the
/// same save as the change: the ordered table the webhooks follow (DESIGN.md §2).
/// </summary>
public sealed class ServiceCodeEvent
{
    public long Sequence { get; set; }

    public Guid CodeId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>The state the code is in after the change; Available for a new code.</summary>
    public ServiceCodeState State { get; set; }

    /// <summary>True for a code just issued, false for a transition.</summary>
    public bool Issued { get; set; }

    public DateTimeOffset At { get; set; }
}
