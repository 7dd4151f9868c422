using Beian.Lifecycles;
using Beian.PersonalData;

namespace Beian.Accounts;

/// <summary>Where an appeal stands.</summary>
public enum AppealState
{
    /// <summary>Waiting for support.</summary>
    Open,

    /// <summary>Support found the documents sufficient: the new phone is the account's security phone.</summary>
    Granted,

    /// <summary>Support could not confirm the holder: an offline transfer remains (R-ACCT-05).</summary>
    Refused,
}

/// <summary>What support decides.</summary>
public enum AppealAction
{
    Grant,
    Refuse,
}

/// <summary>One row of the appeals' transition table.</summary>
public sealed record AppealTransition(IReadOnlyList<AppealState> From, AppealAction Action, AppealState To)
    : ITransition<AppealState, AppealAction>;

/// <summary>
/// 申诉 (R-ACCT-05): the holder of an account whose security phone is gone asks support to bind a new one, with a photo
/// of themselves holding their ID. Granted, the new phone receives the recovery code; refused, the filing data can
/// still move by an offline transfer.
/// </summary>
public sealed class AccountAppeal
{
    public static TransitionTable<AppealState, AppealAction, AppealTransition> Table { get; } = new(
    [
        new([AppealState.Open], AppealAction.Grant, AppealState.Granted),
        new([AppealState.Open], AppealAction.Refuse, AppealState.Refused),
    ]);

    public Guid Id { get; set; }

    /// <summary>The account's login e-mail as the appellant gave it; null when it names no account (kept, so the answer is the same).</summary>
    public Guid? AccountId { get; set; }

    public string Email { get; set; } = string.Empty;

    /// <summary>The mobile to bind, sealed.</summary>
    public SealedText NewPhone { get; set; } = null!;

    public string Reason { get; set; } = string.Empty;

    /// <summary>The stored upload (sealed) of the holder holding their ID.</summary>
    public string Document { get; set; } = string.Empty;

    public string DocumentType { get; set; } = string.Empty;

    public AppealState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? Note { get; set; }

    /// <summary>Decides by the table; false, and nothing changed, when the appeal was decided already.</summary>
    public bool Apply(AppealAction action, DateTimeOffset at, string by, string? note)
    {
        if (Table.Next(State, action) is not { } next)
        {
            return false;
        }

        State = next;
        DecidedAt = at;
        DecidedBy = by;
        Note = note;
        return true;
    }
}
