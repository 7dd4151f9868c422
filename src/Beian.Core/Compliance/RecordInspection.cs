using Beian.Filings;
using Beian.Identity;
using Beian.Rules;

namespace Beian.Compliance;

/// <summary>A principal of a filed record, in clear for the inspection alone.</summary>
public sealed record InspectedPerson(string Name, string CertificateType, string CertificateNumber, string Mobile, string? EmergencyPhone);

/// <summary>A filed website, app, mini-program or quick app: its number, domains and principal.</summary>
public sealed record InspectedWebsite(string IcpNumber, IReadOnlyList<string> Domains, InspectedPerson? Principal, ServiceType Type = ServiceType.Website);

/// <summary>A filed subject as the national record holds it, with its websites served here.</summary>
public sealed record InspectedRecord(
    string IcpNumber,
    string ProvinceCode,
    SubjectNature Nature,
    string CertificateType,
    string CertificateNumber,
    string Name,
    InspectedPerson? Principal,
    IReadOnlyList<InspectedWebsite> Websites);

/// <summary>What the registries say today about a record's organisation, people, phones and domains.</summary>
public sealed record RegistryFacts(
    BusinessEntity? Business,
    IReadOnlyDictionary<string, IdentityRecord> Identities,
    IReadOnlyDictionary<string, DomainRegistration> Domains,
    IReadOnlySet<string> UnreachablePhones,
    DateOnly Today);

/// <summary>
/// 专项核查 of one filed record against the registries (R-INSP-01, rejections.md §4): the organisation renamed,
/// revoked or gone, its certificate merged into a credit code, its legal representative changed; a principal's ID
/// expired or phone unreachable; a domain expired or no longer held by the subject. Each finding names its target —
/// the subject number, or the service number for what belongs to a website or app — so that a case can follow it.
/// Apps, mini-programs and quick apps are inspected as websites are (R-APP-38): their principals and back-end domains.
/// </summary>
public static class RecordInspection
{
    private static readonly string[] Gone = ["注销", "deregistered"];
    private static readonly string[] Revoked = ["吊销", "revoked"];

    public static IReadOnlyList<InspectionFinding> Examine(InspectedRecord record, RegistryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(facts);
        return [.. Organisation(record, facts), .. People(record, facts), .. DomainRegistrations(record, facts)];
    }

    private static IEnumerable<InspectionFinding> Organisation(InspectedRecord r, RegistryFacts facts)
    {
        if (!r.Nature.IsOrganisation())
        {
            yield break;
        }

        if (r.Nature == SubjectNature.Enterprise && !UnifiedSocialCreditCode.TryParse(r.CertificateNumber, out _, out _))
        {
            yield return new("INSP-HOST-CERT-NO-INVALID", r.IcpNumber, "主办单位证件号码不合格，证件已三证合一：请变更为营业执照上的统一社会信用代码");
        }

        if (facts.Business is not { } business)
        {
            yield break;
        }

        if (Gone.Any(business.Status.Contains))
        {
            yield return new("INSP-RECORD-UNUSED", r.IcpNumber, "主办单位不存在（证件已注销）：请注销备案");
        }
        else if (Revoked.Any(business.Status.Contains))
        {
            yield return new("INSP-HOST-NAME-INVALID", r.IcpNumber, "主办单位名称不合格，证件已吊销");
        }
        else if (business.Name != r.Name)
        {
            yield return new("INSP-HOST-NAME-INVALID", r.IcpNumber, $"主办单位名称不合格，单位名称已发生变更（现为「{business.Name}」）");
        }

        if (!business.CreditCode.Equals(r.CertificateNumber, StringComparison.OrdinalIgnoreCase))
        {
            yield return new("INSP-HOST-CERT-NO-INVALID", r.IcpNumber, "主办单位证件号码不合格，证件号码不一致");
        }

        if (ProvinceRuleTable.For(r.ProvinceCode).LegalRepRequired && r.Principal is { } principal && principal.Name != business.LegalRepresentative)
        {
            yield return new("INSP-PRINCIPAL-NOT-LEGAL-REP", r.IcpNumber, "主体负责人姓名不合格，非法定代表人：请将主体负责人变更为现任法定代表人");
        }
    }

    private static IEnumerable<InspectionFinding> People(InspectedRecord r, RegistryFacts facts)
    {
        var people = new List<(InspectedPerson Person, string Target, string Code, string Role)>();
        if (r.Principal is { } subjectPrincipal)
        {
            people.Add((subjectPrincipal, r.IcpNumber, "INSP-SUBJECT-PRINCIPAL-ID-EXPIRED", "主体负责人"));
        }

        people.AddRange(r.Websites.Where(w => w.Principal is not null).Select(w => (w.Principal!, w.IcpNumber, "INSP-SITE-PRINCIPAL-ID-EXPIRED", w.Type.ChineseName() + "负责人")));
        foreach (var (person, target, expiredCode, role) in people)
        {
            if (facts.Identities.TryGetValue(person.CertificateNumber, out var identity) && identity.ExpiresOn is { } expires && expires < facts.Today)
            {
                yield return new(expiredCode, target, $"{role}身份证件已过有效期（{expires:yyyy-MM-dd}）");
            }

            if (facts.UnreachablePhones.Contains(person.Mobile) || (person.EmergencyPhone is { } emergency && facts.UnreachablePhones.Contains(emergency)))
            {
                yield return new("INSP-PHONE-INVALID", target, $"{role}联系电话不合格：号码无法接通或已停用");
            }
        }
    }

    private static IEnumerable<InspectionFinding> DomainRegistrations(InspectedRecord r, RegistryFacts facts)
    {
        foreach (var website in r.Websites)
        {
            foreach (var domain in website.Domains)
            {
                if (!facts.Domains.TryGetValue(Domains.PublicSuffixList.RegistrableDomain(domain) ?? domain, out var registration))
                {
                    continue;
                }

                if (registration.ExpiresOn < facts.Today)
                {
                    yield return new("INSP-DOMAIN-EXPIRED", website.IcpNumber, $"域名{domain}已过期（{registration.ExpiresOn:yyyy-MM-dd}）：请续费并提交域名证书");
                }

                if (registration.HolderName != r.Name)
                {
                    yield return new("INSP-DOMAIN-HOLDER-MISMATCH", website.IcpNumber, $"域名{domain}的实名认证信息（{registration.HolderName}）与备案主体信息不一致");
                }
            }
        }
    }
}
