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

/// <summary>
/// R-PRIN-06, R-PRIN-10: a change that puts a new person in as principal brings that person's own phones and e-mail;
/// numbers left from the former principal would reach someone who is no longer responsible.
/// </summary>
public sealed class ANewPrincipalBringsTheirOwnContacts : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-06", "R-PRIN-10"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type is not (FilingType.ChangeSubject or FilingType.ChangeWebsite))
        {
            yield break;
        }

        if (Stale(context.RecordedSubject?.Principal, context.Subject.Principal) is { } subjectField)
        {
            yield return Finding("subject.principal." + subjectField);
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var w = context.Websites[i];
            var recorded = w.Domains.Select(d => context.RecordedWebsitePrincipals.GetValueOrDefault(d)).FirstOrDefault(p => p is not null);
            if (Stale(recorded, w.Principal) is { } field)
            {
                yield return Finding($"websites[{i}].principal.{field}");
            }
        }
    }

    private Finding Finding(string field) =>
        Warn(field, "负责人已更换，但联系方式仍是原负责人的", "更换负责人时，姓名、证件号码、手机号码、应急联系电话和电子邮箱须一并更新为新负责人本人的。");

    /// <summary>The first contact a new person kept from the former principal, or null.</summary>
    private static string? Stale(PersonFacts? before, PersonFacts? after)
    {
        if (before is null || after is null || string.Equals(before.CertificateNumber, after.CertificateNumber, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return after.Mobile == before.Mobile ? "mobile"
            : after.EmergencyPhone is not null && after.EmergencyPhone == before.EmergencyPhone ? "emergencyPhone"
            : string.Equals(after.Email, before.Email, StringComparison.OrdinalIgnoreCase) ? "email"
            : null;
    }
}
