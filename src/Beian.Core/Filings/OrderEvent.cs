namespace Beian.Filings;

/// <summary>One line of an order's timeline (审核历史/进度): who did what, when and why.</summary>
public sealed class OrderEvent
{
    private OrderEvent()
    {
        ActorName = string.Empty;
        Description = string.Empty;
    }

    public OrderEvent(Guid orderId, DateTimeOffset at, string? transitionId, OrderState from, OrderState to, Actor actor, string actorName, string description, string? note)
    {
        Id = Guid.CreateVersion7(at);
        OrderId = orderId;
        At = at;
        TransitionId = transitionId;
        From = from;
        To = to;
        Actor = actor;
        ActorName = actorName;
        Description = description;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The transition (T01–T21) this event records, or null for an event that does not change the state.</summary>
    public string? TransitionId { get; private set; }

    public OrderState From { get; private set; }

    public OrderState To { get; private set; }

    public Actor Actor { get; private set; }

    /// <summary>The person or system that acted, as shown on the timeline.</summary>
    public string ActorName { get; private set; }

    /// <summary>What happened, in Chinese.</summary>
    public string Description { get; private set; }

    /// <summary>Why: a withdraw reason, a rejection remark, a call outcome.</summary>
    public string? Note { get; private set; }
}

/// <summary>A rejection reason given to an order (驳回原因): a catalog code with an optional remark.</summary>
/// <param name="Code">The catalog code, e.g. REJ-CALL-UNANSWERED.</param>
/// <param name="Remark">The reviewer's or bureau's remark.</param>
/// <param name="ByBureau">True when the bureau rejected, false for the provider.</param>
public sealed record OrderRejection(string Code, string? Remark, bool ByBureau);

/// <summary>A domain held by an order, for the one-order-per-domain rule (M-02).</summary>
public sealed class OrderDomain
{
    private OrderDomain() => Domain = string.Empty;

    public OrderDomain(Guid orderId, string domain)
    {
        OrderId = orderId;
        Domain = domain;
    }

    public Guid OrderId { get; private set; }

    public string Domain { get; private set; }
}
