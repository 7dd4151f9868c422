using Beian.PersonalData;

namespace Beian.Webhooks;

/// <summary>
/// A URL subscribed to events (事件推送订阅): an applicant's for its own account, or the provider admin's for every
/// account (<see cref="AccountId"/> null). The signing secret is sealed like personal data, so that the keys, not the
/// database, guard it.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }

    /// <summary>The account whose events it receives; null for the admin's subscription to all accounts.</summary>
    public Guid? AccountId { get; set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>The event types it receives.</summary>
    public List<string> Events { get; set; } = [];

    public SealedText Secret { get; set; } = null!;

    /// <summary>The secret before the last rotation, still signed with until <see cref="PreviousSecretUntil"/>.</summary>
    public SealedText? PreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public bool Receives(string type) => DeletedAt is null && Events.Contains(type);
}

/// <summary>
/// One event, written once by the follower of the event tables: its <see cref="Id"/> is the stable event id every
/// delivery of it carries, so that a receiver that sees it twice can tell.
/// </summary>
public sealed class WebhookEvent
{
    public Guid Id { get; set; }

    /// <summary>The event table it came from: order, order-sms, record, case or code.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>The sequence number in its table (record, case and code events); 0 for order events.</summary>
    public long SourceSequence { get; set; }

    /// <summary>The id in its table (order events); empty for the others.</summary>
    public Guid SourceId { get; set; }

    public string Type { get; set; } = string.Empty;

    public Guid AccountId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The whole body as sent, JSON.</summary>
    public string Payload { get; set; } = string.Empty;
}

/// <summary>Where a delivery stands.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Retried for the whole window without success: parked until a person redelivers it.</summary>
    Dead,
}

/// <summary>One event to one subscription (the webhook outbox): retried until delivered or parked.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid SubscriptionId { get; set; }

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the retry window started: the first attempt, or the last redelivery.</summary>
    public DateTimeOffset WindowFrom { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>The receiver's HTTP status of the last attempt, if it answered.</summary>
    public int? LastStatus { get; set; }

    /// <summary>Why the last attempt failed, in Chinese.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
