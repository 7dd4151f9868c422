namespace Beian.Filings;

/// <summary>What can happen to an order: the events of the transition table.</summary>
public enum OrderAction
{
    /// <summary>提交备案: submit, or resubmit after a rejection.</summary>
    Submit,

    /// <summary>放弃备案.</summary>
    Abandon,

    /// <summary>A reviewer takes the order.</summary>
    PickUp,

    /// <summary>The reviewer asks for material, a video or corrections.</summary>
    RequestMaterial,

    /// <summary>The applicant supplies what was asked.</summary>
    SupplyMaterial,

    /// <summary>初审驳回.</summary>
    ProviderReject,

    /// <summary>初审通过.</summary>
    ProviderApprove,

    /// <summary>The system forwards the order to the bureau.</summary>
    Forward,

    /// <summary>Every principal concerned passed SMS verification.</summary>
    SmsVerified,

    /// <summary>MIIT returned the order: SMS window passed or too many wrong entries.</summary>
    ReturnByMiit,

    /// <summary>The applicant sends a returned order back to the bureau unchanged.</summary>
    ResubmitToBureau,

    /// <summary>A returned order needs changes and goes back through provider review.</summary>
    ReturnForChanges,

    /// <summary>管局审核通过.</summary>
    BureauApprove,

    /// <summary>管局审核驳回.</summary>
    BureauReject,

    /// <summary>撤销备案: pulled back before it reaches the bureau.</summary>
    Withdraw,

    /// <summary>45 days after submission.</summary>
    Expire,

    /// <summary>Support abandons an order of a forgotten account.</summary>
    SupportAbandon,

    /// <summary>
    /// The provider submits a cancel-access itself, because an inspection case ran past its rectification deadline
    /// (R-INSP-03); it goes to the bureau at once, as any cancellation does.
    /// </summary>
    ProviderCancelsAccess,
}

/// <summary>Who may cause an action.</summary>
public enum Actor
{
    Applicant,
    Reviewer,
    System,
    Bureau,
    Support,
}
