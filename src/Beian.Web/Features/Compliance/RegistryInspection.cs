using Beian.Compliance;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Rules;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Integrations.Bureau;
using Beian.Web.Integrations.Registries;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// 专项核查 against the registries (R-INSP-01, R-INSP-04, R-INSP-07): every record this provider serves, read as the
/// national record holds it, asked of the business registry, the identity database, the carriers and the domain
/// registries; what they say now opens cases, and what they no longer say closes them.
/// </summary>
public sealed class RegistryInspection(
    ProviderDb db,
    IBureauGateway bureau,
    IBusinessRegistry business,
    IIdentityCheck identities,
    IDomainRegistry domains,
    IPhoneDirectory phones,
    PersonalDataProtector protector,
    InspectionCases cases,
    TimeProvider time)
{
    public const string Source = "registries";

    public async Task<CheckReport> RunAsync(CancellationToken ct)
    {
        var subjects = await ServedRecords.LoadAsync(db, ct);
        var findings = new List<InspectionFinding>();
        var notes = new List<CheckNote>();
        var today = BeijingTime.Today(time);
        foreach (var subject in subjects)
        {
            var draft = await bureau.RecordDraftAsync(subject.IcpNumber, ct);
            if (draft is null)
            {
                notes.Add(new(subject.IcpNumber, string.Empty, "record-missing", "工信部备案库中已无该主体，请核对（见对账报告）"));
                continue;
            }

            var served = subject.Websites.Select(w => w.IcpNumber).ToHashSet();
            var record = Inspected(subject.IcpNumber, draft, served);
            var people = new[] { record.Principal }.Concat(record.Websites.Select(w => w.Principal)).OfType<InspectedPerson>().ToList();
            var registrable = record.Websites.SelectMany(w => w.Domains).Select(d => Beian.Domains.PublicSuffixList.RegistrableDomain(d) ?? d).Distinct().ToList();
            var facts = new RegistryFacts(
                record.Nature.IsOrganisation() && record.CertificateType == CertificateTypes.BusinessLicence ? await business.FindAsync(record.CertificateNumber, ct) : null,
                await identities.LookupAsync([.. people.Where(p => p.CertificateType == CertificateTypes.ResidentIdCard).Select(p => p.CertificateNumber)], ct),
                await domains.LookupAsync(registrable, ct),
                await phones.UnreachableAsync([.. people.SelectMany(p => new[] { p.Mobile, p.EmergencyPhone })], ct),
                today);
            findings.AddRange(RecordInspection.Examine(record, facts));
        }

        var (opened, closed) = await cases.ReconcileAsync(Source, ServedRecords.Targets(subjects), findings, ct);
        return new CheckReport(Source, subjects.Count, opened, closed, notes);
    }

    private InspectedRecord Inspected(string icpNumber, FilingDraft draft, HashSet<string> served)
    {
        var s = draft.Subject;
        return new InspectedRecord(
            icpNumber,
            s.ProvinceCode,
            s.Nature,
            s.CertificateType,
            protector.Unseal(s.CertificateNumber),
            s.Name,
            Person(s.Principal),
            [.. draft.Websites.Where(w => w.IcpNumber is not null && served.Contains(w.IcpNumber)).Select(w => new InspectedWebsite(w.IcpNumber!, w.Domains, Person(w.Principal)))]);
    }

    private InspectedPerson? Person(Principal? p) =>
        p is null ? null : new InspectedPerson(p.Name, p.CertificateType, protector.Unseal(p.CertificateNumber), protector.Unseal(p.Mobile), protector.Unseal(p.EmergencyPhone));
}
