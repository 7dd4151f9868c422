namespace Beian.Filings;

/// <summary>
/// The stage bar of an order (办理进度条): the few steps an applicant follows — 提交 → 初审 → 短信核验 → 管局审核 → 完成 —
/// and where an order's state stands among them. Cancellations and cancel-access go straight to the bureau and skip
/// the provider's review and MIIT's SMS check (R-ORDER-09).
/// </summary>
public static class OrderStages
{
    public const string Submit = "提交";
    public const string InitialReview = "初审";
    public const string SmsVerification = "短信核验";
    public const string BureauReview = "管局审核";
    public const string Done = "完成";

    public static IReadOnlyList<string> For(ReviewPath path) =>
        path == ReviewPath.DirectToBureau ? [Submit, BureauReview, Done] : [Submit, InitialReview, SmsVerification, BureauReview, Done];

    /// <summary>The stage the order is in; an approved order is at 完成; a stopped order (abandoned, expired) stays where it stopped.</summary>
    public static string Current(OrderState state, ReviewPath path, OrderState? stoppedFrom = null) => state switch
    {
        OrderState.Draft => Submit,
        OrderState.PendingInitialReview or OrderState.InInitialReview or OrderState.AwaitingApplicant or OrderState.RejectedByProvider => InitialReview,
        OrderState.InitialReviewPassed or OrderState.AwaitingSmsVerification or OrderState.ReturnedByMiit => SmsVerification,
        OrderState.BureauReview or OrderState.RejectedByBureau => BureauReview,
        OrderState.Approved => Done,
        _ when stoppedFrom is { } from && from != state => Current(from, path),
        _ => Submit,
    } switch
    {
        // The direct path has no provider review or SMS stage: whatever precedes the bureau is submission.
        InitialReview or SmsVerification when path == ReviewPath.DirectToBureau => Submit,
        var stage => stage,
    };

    /// <summary>Whether the order is held up in its stage by a refusal or is stopped for good.</summary>
    public static bool IsHeld(OrderState state) =>
        state is OrderState.RejectedByProvider or OrderState.RejectedByBureau or OrderState.ReturnedByMiit or OrderState.Abandoned or OrderState.Expired;
}
