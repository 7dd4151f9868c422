namespace Beian.Platform;

/// <summary>One message of either outbox, as the development outbox page shows it.</summary>
public sealed record OutboxEntry(Guid MessageId, string Side, string Channel, string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);
