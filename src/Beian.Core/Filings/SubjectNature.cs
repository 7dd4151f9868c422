namespace Beian.Filings;

/// <summary>The subject's nature (主办单位性质): an individual or one of the organisation types.</summary>
public enum SubjectNature
{
    /// <summary>个人.</summary>
    Individual,

    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>社会团体.</summary>
    SocialOrganisation,

    /// <summary>政府机关.</summary>
    GovernmentBody,

    /// <summary>军队.</summary>
    Military,

    /// <summary>事业单位.</summary>
    PublicInstitution,

    /// <summary>民办非企业.</summary>
    PrivateNonEnterprise,

    /// <summary>基金会.</summary>
    Foundation,

    /// <summary>律师事务所.</summary>
    LawFirm,

    /// <summary>外国文化中心.</summary>
    ForeignCulturalCentre,

    /// <summary>群团组织.</summary>
    MassOrganisation,

    /// <summary>司法鉴定所.</summary>
    ForensicInstitute,

    /// <summary>宗教团体.</summary>
    ReligiousGroup,

    /// <summary>外国机构.</summary>
    ForeignInstitution,

    /// <summary>医疗机构.</summary>
    MedicalInstitution,
}

public static class SubjectNatures
{
    public static bool IsOrganisation(this SubjectNature nature) => nature != SubjectNature.Individual;

    public static string ChineseName(this SubjectNature nature) => nature switch
    {
        SubjectNature.Individual => "个人",
        SubjectNature.Enterprise => "企业",
        SubjectNature.SocialOrganisation => "社会团体",
        SubjectNature.GovernmentBody => "政府机关",
        SubjectNature.Military => "军队",
        SubjectNature.PublicInstitution => "事业单位",
        SubjectNature.PrivateNonEnterprise => "民办非企业",
        SubjectNature.Foundation => "基金会",
        SubjectNature.LawFirm => "律师事务所",
        SubjectNature.ForeignCulturalCentre => "外国文化中心",
        SubjectNature.MassOrganisation => "群团组织",
        SubjectNature.ForensicInstitute => "司法鉴定所",
        SubjectNature.ReligiousGroup => "宗教团体",
        SubjectNature.ForeignInstitution => "外国机构",
        SubjectNature.MedicalInstitution => "医疗机构",
        _ => throw new ArgumentOutOfRangeException(nameof(nature)),
    };
}
