namespace Beian.Accounts;

/// <summary>Where a record transfer stands.</summary>
public enum TransferState
{
    /// <summary>Confirmed by the original account's security-phone code; waiting for the receiving account.</summary>
    Requested,

    /// <summary>The receiving account accepted: the filing data moved.</summary>
    Completed,

    /// <summary>The receiving account declined.</summary>
    Declined,

    /// <summary>The original account withdrew it before it was accepted.</summary>
    Cancelled,

    /// <summary>Not accepted within <see cref="RecordTransfer.AcceptWithin"/>.</summary>
    Expired,
}

/// <summary>
/// 备案转移 (R-ACCT-04): moving a subject's filing data — the subject, its services, their orders and documents — from
/// one account to another. Online, the original account starts it with its security-phone code and the receiving
/// account accepts; offline, support moves it on the documents the holder sends (R-ACCT-05, R-ACCT-06).
/// </summary>
public sealed class RecordTransfer
{
    /// <summary>How long the receiving account has to accept.</summary>
    public static readonly TimeSpan AcceptWithin = TimeSpan.FromDays(7);

    public Guid Id { get; set; }

    public Guid FromAccountId { get; set; }

    public Guid ToAccountId { get; set; }

    /// <summary>The subject number moved (主体备案号).</summary>
    public string SubjectIcpNumber { get; set; } = string.Empty;

    public string SubjectName { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    public TransferState State { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Done by support on documents sent offline, not by the two accounts.</summary>
    public bool Offline { get; set; }

    /// <summary>Who did an offline transfer, and on which documents.</summary>
    public string? Note { get; set; }

    public DateTimeOffset ExpiresAt => RequestedAt + AcceptWithin;

    /// <summary>Moves the transfer by its transition table; false, and nothing changed, when the table has no row.</summary>
    public bool Apply(TransferAction action, DateTimeOffset at)
    {
        if (TransferLifecycle.Table.Next(State, action) is not { } next)
        {
            return false;
        }

        State = next;
        DecidedAt = at;
        return true;
    }
}
