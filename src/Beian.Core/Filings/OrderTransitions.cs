using System.Collections.Frozen;
using static Beian.Filings.OrderState;

namespace Beian.Filings;

/// <summary>One row of the transition table.</summary>
/// <param name="Id">The spec's transition ID (T01–T21).</param>
/// <param name="From">The states the row starts from.</param>
/// <param name="Action">What happens.</param>
/// <param name="To">The state the order ends in.</param>
/// <param name="Actor">Who may cause it.</param>
/// <param name="Path">The review path the row is for, or null for both.</param>
public sealed record Transition(string Id, OrderState[] From, OrderAction Action, OrderState To, Actor Actor, ReviewPath? Path = null);

/// <summary>
/// The one transition table for filing orders (lifecycle.md §5.2). Every state change of an order goes through it;
/// nothing else sets an order's state.
/// </summary>
public static class OrderTransitions
{
    /// <summary>The table, in the spec's order.</summary>
    public static IReadOnlyList<Transition> All { get; } =
    [
        new("T01", [Draft], OrderAction.Submit, PendingInitialReview, Actor.Applicant, ReviewPath.ProviderReview),
        // Cancellations and cancel-access are sent to the bureau at once on submission (§5.2, AMB-22).
        new("T01", [Draft], OrderAction.Submit, BureauReview, Actor.Applicant, ReviewPath.DirectToBureau),
        new("T01", [Draft], OrderAction.ProviderCancelsAccess, BureauReview, Actor.System, ReviewPath.DirectToBureau),
        // Abandon (R-ORDER-05): in a draft, and after a rejection or return (T17); never while the bureau holds the order
        // (R-ORDER-07), where the table has no row to withdraw, abandon or edit.
        new("T02", [Draft], OrderAction.Abandon, Abandoned, Actor.Applicant),
        new("T03", [PendingInitialReview], OrderAction.PickUp, InInitialReview, Actor.Reviewer, ReviewPath.ProviderReview),
        new("T04", [InInitialReview], OrderAction.RequestMaterial, AwaitingApplicant, Actor.Reviewer, ReviewPath.ProviderReview),
        new("T05", [AwaitingApplicant], OrderAction.SupplyMaterial, InInitialReview, Actor.Applicant, ReviewPath.ProviderReview),
        new("T06", [InInitialReview, AwaitingApplicant], OrderAction.ProviderReject, RejectedByProvider, Actor.Reviewer, ReviewPath.ProviderReview),
        new("T07", [InInitialReview], OrderAction.ProviderApprove, InitialReviewPassed, Actor.Reviewer, ReviewPath.ProviderReview),
        new("T08", [InitialReviewPassed], OrderAction.Forward, AwaitingSmsVerification, Actor.System, ReviewPath.ProviderReview),
        new("T09", [AwaitingSmsVerification], OrderAction.SmsVerified, BureauReview, Actor.Bureau, ReviewPath.ProviderReview),
        new("T10", [AwaitingSmsVerification], OrderAction.ReturnByMiit, ReturnedByMiit, Actor.Bureau, ReviewPath.ProviderReview),
        new("T11", [ReturnedByMiit], OrderAction.ResubmitToBureau, AwaitingSmsVerification, Actor.Applicant, ReviewPath.ProviderReview),
        new("T12", [ReturnedByMiit], OrderAction.ReturnForChanges, RejectedByProvider, Actor.Applicant, ReviewPath.ProviderReview),
        new("T13", [BureauReview], OrderAction.BureauApprove, Approved, Actor.Bureau),
        new("T14", [BureauReview], OrderAction.BureauReject, RejectedByBureau, Actor.Bureau),
        new("T15", [RejectedByProvider], OrderAction.Submit, PendingInitialReview, Actor.Applicant, ReviewPath.ProviderReview),
        new("T16", [RejectedByBureau], OrderAction.Submit, PendingInitialReview, Actor.Applicant, ReviewPath.ProviderReview),
        new("T16", [RejectedByBureau], OrderAction.Submit, BureauReview, Actor.Applicant, ReviewPath.DirectToBureau),
        // The action matrix (§9.1) also lets a returned order be abandoned.
        new("T17", [RejectedByProvider, RejectedByBureau, ReturnedByMiit], OrderAction.Abandon, Abandoned, Actor.Applicant),
        new("T18", [PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed], OrderAction.Withdraw, Draft, Actor.Applicant, ReviewPath.ProviderReview),
        new("T19", [Draft, PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed, RejectedByProvider, ReturnedByMiit, RejectedByBureau], OrderAction.Expire, Expired, Actor.System),
        new("T20", [Draft, PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed, RejectedByProvider, ReturnedByMiit, RejectedByBureau], OrderAction.SupportAbandon, Abandoned, Actor.Support),
    ];

    private static readonly FrozenDictionary<(OrderState, OrderAction, ReviewPath), Transition> Index =
        (from t in All
         from state in t.From
         from path in t.Path is { } p ? [p] : Enum.GetValues<ReviewPath>()
         select (Key: (state, t.Action, path), Row: t))
        .ToFrozenDictionary(x => x.Key, x => x.Row);

    /// <summary>The row for this action from this state on this path, or null when the action is not allowed there.</summary>
    public static Transition? Find(OrderState from, OrderAction action, ReviewPath path) =>
        Index.TryGetValue((from, action, path), out var row) ? row : null;

    /// <summary>
    /// Why an action the table has no row for is refused, naming the rule that explains it (DESIGN.md §6): a
    /// cancel-access or cancellation cannot be revoked once submitted (R-ORDER-09); nothing is withdrawn or abandoned
    /// while the bureau holds the order (R-ORDER-07); withdrawal has its window (R-ORDER-06) and abandoning its states
    /// (R-ORDER-05); a resubmission waits for the bureau's rejection to sync (R-REVIEW-12). Anything else cites the
    /// transition it attempts (its T-ID).
    /// </summary>
    public static DomainError Refusal(OrderState from, OrderAction action, ReviewPath path)
    {
        var state = from.ChineseName();
        return action switch
        {
            OrderAction.Withdraw or OrderAction.Abandon when path == ReviewPath.DirectToBureau && from != OrderState.Draft =>
                new("R-ORDER-09", $"取消接入和注销申请提交后不可撤回，也不能放弃；订单当前状态为「{state}」，请等待管局审核结果。", ErrorKind.Conflict),
            OrderAction.Withdraw or OrderAction.Abandon when from.IsAtBureau() =>
                new("R-ORDER-07", $"订单已报送管局（{state}），不能修改、撤销或放弃，请等待审核结果。", ErrorKind.Conflict),
            OrderAction.Withdraw =>
                new("R-ORDER-06", $"撤销仅适用于已提交、尚未报送管局的订单；订单当前状态为「{state}」。", ErrorKind.Conflict),
            OrderAction.Abandon =>
                new("R-ORDER-05", $"放弃仅适用于草稿及被驳回或退回的订单；订单当前状态为「{state}」。", ErrorKind.Conflict),
            OrderAction.Submit or OrderAction.ResubmitToBureau or OrderAction.ReturnForChanges when from == OrderState.BureauReview =>
                new("R-REVIEW-12", "订单仍在管局审核中：管局的审核结果同步到本接入商后，方可修改或重新提交。", ErrorKind.Conflict),
            _ when from.IsAtBureau() =>
                new("R-ORDER-07", $"订单已报送管局（{state}），请等待审核结果。", ErrorKind.Conflict),
            _ => new(All.FirstOrDefault(t => t.Action == action)?.Id ?? "order.action_not_allowed", $"订单当前状态为「{state}」，不能执行此操作。", ErrorKind.Conflict),
        };
    }

    /// <summary>Every action a given actor may take now.</summary>
    public static IReadOnlyList<OrderAction> Allowed(OrderState from, ReviewPath path, Actor actor) =>
        [.. Enum.GetValues<OrderAction>().Where(a => Find(from, a, path) is { } row && row.Actor == actor)];
}
