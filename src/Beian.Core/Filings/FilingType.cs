namespace Beian.Filings;

/// <summary>The filing type (备案类型). It follows from the basic-information check, never from the applicant's choice.</summary>
public enum FilingType
{
    /// <summary>首次备案: neither the subject nor the domain has a record anywhere.</summary>
    FirstFiling,

    /// <summary>接入备案: a record filed through another provider gains this provider; no data changes.</summary>
    Access,

    /// <summary>新增网站(原备案在本接入商): a new website for a subject already accessed here.</summary>
    NewWebsiteSubjectHere,

    /// <summary>新增网站(原备案不在本接入商): a new website for a subject filed only through other providers.</summary>
    NewWebsiteSubjectElsewhere,

    /// <summary>变更主体: the subject's data changes.</summary>
    ChangeSubject,

    /// <summary>变更网站: a website's data changes; domains may only be removed.</summary>
    ChangeWebsite,

    /// <summary>取消接入: this provider stops serving a website; the number stays at MIIT.</summary>
    CancelAccess,

    /// <summary>注销主体: the subject and all its websites leave the national record.</summary>
    CancelSubject,

    /// <summary>注销网站: one website leaves the national record.</summary>
    CancelWebsite,
}

/// <summary>Which way an order goes after submission.</summary>
public enum ReviewPath
{
    /// <summary>Provider initial review, then SMS verification, then bureau review.</summary>
    ProviderReview,

    /// <summary>Straight to the bureau on submission (cancellations and cancel-access, lifecycle §5.2).</summary>
    DirectToBureau,
}

public static class FilingTypes
{
    public static string ChineseName(this FilingType type) => type switch
    {
        FilingType.FirstFiling => "首次备案",
        FilingType.Access => "接入备案",
        FilingType.NewWebsiteSubjectHere => "新增网站（原备案在本接入商）",
        FilingType.NewWebsiteSubjectElsewhere => "新增网站（原备案不在本接入商）",
        FilingType.ChangeSubject => "变更主体",
        FilingType.ChangeWebsite => "变更网站",
        FilingType.CancelAccess => "取消接入",
        FilingType.CancelSubject => "注销主体",
        FilingType.CancelWebsite => "注销网站",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The types that put domains on the record (a change only removes them; cancellations take them off).</summary>
    public static bool AddsDomains(this FilingType type) =>
        type is FilingType.FirstFiling or FilingType.Access or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere;

    /// <summary>A filing that brings a new service of any type: first filing, new service with the subject here or elsewhere.</summary>
    public static bool IsNewService(this FilingType type) =>
        type is FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere;

    /// <summary>变更: the subject's or a website's data changes.</summary>
    public static bool IsChange(this FilingType type) => type is FilingType.ChangeSubject or FilingType.ChangeWebsite;

    public static ReviewPath PathOf(this FilingType type) => type switch
    {
        FilingType.CancelAccess or FilingType.CancelSubject or FilingType.CancelWebsite => ReviewPath.DirectToBureau,
        _ => ReviewPath.ProviderReview,
    };
}
