namespace Beian.Filings;

/// <summary>The state of a filing order (备案订单状态), lifecycle §5.1.</summary>
public enum OrderState
{
    /// <summary>草稿: being filled in.</summary>
    Draft,

    /// <summary>待审核: submitted, waiting for a provider reviewer.</summary>
    PendingInitialReview,

    /// <summary>初审中: a reviewer is calling and checking.</summary>
    InInitialReview,

    /// <summary>待下一步操作: the reviewer asked the applicant for material, a video or corrections.</summary>
    AwaitingApplicant,

    /// <summary>初审通过: waiting to be forwarded to the bureau.</summary>
    InitialReviewPassed,

    /// <summary>初审驳回: rejected by the provider with catalog reasons.</summary>
    RejectedByProvider,

    /// <summary>待短信核验: at the bureau; MIIT has texted the principals their codes.</summary>
    AwaitingSmsVerification,

    /// <summary>退回至接入商: SMS not verified within 24 hours, or five wrong entries.</summary>
    ReturnedByMiit,

    /// <summary>管局审核中: every principal verified; the bureau reviews.</summary>
    BureauReview,

    /// <summary>管局审核驳回: the bureau rejected the order.</summary>
    RejectedByBureau,

    /// <summary>备案成功: approved and the records updated.</summary>
    Approved,

    /// <summary>已放弃: discarded.</summary>
    Abandoned,

    /// <summary>已失效: 45 days passed since submission.</summary>
    Expired,
}

public static class OrderStates
{
    public static bool IsFinal(this OrderState state) =>
        state is OrderState.Approved or OrderState.Abandoned or OrderState.Expired;

    /// <summary>While the bureau holds an order it cannot be changed or withdrawn, and its expiry clock stops.</summary>
    public static bool IsAtBureau(this OrderState state) =>
        state is OrderState.AwaitingSmsVerification or OrderState.BureauReview;

    /// <summary>
    /// An order in progress holds the account, certificate and domain locks (M-01..M-03). A draft counts: an unsubmitted
    /// or withdrawn order keeps its locks until it is submitted again or abandoned (AMB-17).
    /// </summary>
    public static bool IsInProgress(this OrderState state) => !state.IsFinal();

    public static string ChineseName(this OrderState state) => state switch
    {
        OrderState.Draft => "草稿",
        OrderState.PendingInitialReview => "待审核",
        OrderState.InInitialReview => "初审中",
        OrderState.AwaitingApplicant => "待下一步操作",
        OrderState.InitialReviewPassed => "初审通过",
        OrderState.RejectedByProvider => "初审驳回",
        OrderState.AwaitingSmsVerification => "待短信核验",
        OrderState.ReturnedByMiit => "退回至接入商",
        OrderState.BureauReview => "管局审核中",
        OrderState.RejectedByBureau => "管局审核驳回",
        OrderState.Approved => "备案成功",
        OrderState.Abandoned => "已放弃",
        OrderState.Expired => "已失效",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
