using Beian.PersonalData;

namespace Beian.Web.Data;

/// <summary>The channel a notification goes by.</summary>
public enum Channel
{
    Sms,
    Email,
}

/// <summary>
/// A notification to an applicant, written in the same transaction as the change it reports, delivered at least once
/// with its id as the stable message id (DESIGN.md §5).
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid? OrderId { get; set; }

    public Channel Channel { get; set; }

    /// <summary>The recipient's phone (SMS), sealed.</summary>
    public SealedText? Phone { get; set; }

    /// <summary>The recipient's e-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>A template key, e.g. order.approved.</summary>
    public string Template { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Attempts { get; set; }
}
