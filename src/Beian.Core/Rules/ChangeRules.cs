using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>
/// R-CHG-07, R-REVIEW-14, R-PROV-CFG-13: a change keeps the record's province (AMB-10); moving to another province
/// means cancelling here and filing anew there.
/// </summary>
public sealed class AChangeStaysInTheRecordsProvince : Rule
{
    public override IReadOnlyList<string> Ids => ["R-CHG-07", "R-REVIEW-14", "R-PROV-CFG-13"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.RecordedSubject is { } recorded && recorded.ProvinceCode != context.Subject.ProvinceCode
            && !context.Province.CrossProvinceChangeAllowed)
        {
            yield return Block("subject.provinceCode", "变更备案不能变更主办单位所属区域", "如需迁往其他省份，请先注销本备案，再在新省份办理首次备案。", "REJ-CHANGE-PROVINCE");
        }
    }
}

/// <summary>
/// R-CHG-08, R-PROV-CFG-12: an individual's record never passes to another individual; between an individual and an
/// organisation only where the province allows it — some allow an individual to become the enterprise whose legal
/// person they are. Otherwise the record is cancelled and the new holder files anew.
/// </summary>
public sealed class ASubjectChangeKeepsItsHolder : Rule
{
    public override IReadOnlyList<string> Ids => ["R-CHG-08", "R-PROV-CFG-12"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.ChangeSubject || context.RecordedSubject is not { } recorded)
        {
            yield break;
        }

        var wasIndividual = recorded.Nature == SubjectNature.Individual;
        var isIndividual = context.Subject.Nature == SubjectNature.Individual;
        if (wasIndividual && isIndividual && recorded.CertificateNumber != context.Subject.CertificateNumber)
        {
            yield return Block("subject.certificateNumber", "个人备案不能变更为另一个人", "请注销本备案，由新的主办者办理首次备案。");
        }
        else if (wasIndividual != isIndividual && !NatureChangeAllowed(context, recorded.Name, wasIndividual))
        {
            yield return Block(
                "subject.nature",
                $"{Provinces.FindByCode(recorded.ProvinceCode)?.Name ?? "本省"}不允许个人与单位之间变更主办单位性质",
                "请注销本备案，再以新的主办单位办理首次备案；新备案通过前网站不能访问。");
        }
    }

    /// <summary>A change keeps the province (the rule above), so the draft's province rules are the record's.</summary>
    private static bool NatureChangeAllowed(RuleContext context, string recordedName, bool wasIndividual) =>
        context.Province.IndividualEnterpriseChangeAllowed
        || (wasIndividual && context.Province.IndividualToEnterpriseWhenLegalPerson && context.Business?.LegalRepresentative == recordedName);
}
