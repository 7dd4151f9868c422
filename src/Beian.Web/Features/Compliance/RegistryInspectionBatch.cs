using Beian.Compliance;
using Beian.Domains;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Ports;
using Beian.Rules;
using Beian.Time;

namespace Beian.Web.Features.Compliance;

/// <summary>What the inspection of one batch found, and which targets it looked at.</summary>
public sealed record BatchInspection(IReadOnlyList<InspectionFinding> Findings, IReadOnlyList<CheckNote> Notes, IReadOnlyDictionary<string, CaseSubject> Targets);

/// <summary>
/// One batch of the special inspection: some served subjects, read as the national record holds them, and each
/// registry asked once about all of them.
/// </summary>
public sealed class RegistryInspectionBatch(
    IBureauGateway bureau,
    IBusinessRegistry business,
    IIdentityCheck identities,
    IDomainRegistry domains,
    IPhoneDirectory phones,
    PersonalDataProtector protector,
    TimeProvider time)
{
    public async Task<BatchInspection> InspectAsync(IReadOnlyList<ServedSubject> subjects, CancellationToken ct)
    {
        var drafts = await bureau.RecordDraftsAsync([.. subjects.Select(s => s.Owner.IcpNumber)], ct);
        var notes = new List<CheckNote>();
        var records = new List<InspectedRecord>();
        foreach (var subject in subjects)
        {
            var number = subject.Owner.IcpNumber;
            if (drafts.TryGetValue(number, out var draft))
            {
                records.Add(Inspected(number, draft, subject.WebsiteNumbers.ToHashSet(StringComparer.Ordinal)));
            }
            else
            {
                notes.Add(new(number, string.Empty, "record-missing", "工信部备案库中已无该主体，请核对（见对账报告）"));
            }
        }

        var people = records.SelectMany(r => new[] { r.Principal }.Concat(r.Websites.Select(w => w.Principal))).OfType<InspectedPerson>().ToList();
        var organisations = await business.LookupAsync([.. records.Where(IsRegisteredBusiness).Select(r => r.CertificateNumber)], ct);
        var identitiesFound = await identities.LookupAsync([.. people.Where(p => p.CertificateType == CertificateTypes.ResidentIdCard).Select(p => p.CertificateNumber).Distinct()], ct);
        var domainsFound = await domains.LookupAsync([.. records.SelectMany(r => r.Websites).SelectMany(w => w.Domains).Select(d => PublicSuffixList.RegistrableDomain(d) ?? d).Distinct()], ct);
        var unreachable = await phones.UnreachableAsync([.. people.SelectMany(p => new[] { p.Mobile, p.EmergencyPhone }).OfType<string>().Distinct()], ct);
        var today = BeijingTime.Today(time);
        var findings = records.SelectMany(record => RecordInspection.Examine(
            record,
            new RegistryFacts(IsRegisteredBusiness(record) ? organisations.GetValueOrDefault(BusinessRegistryCode.Normalise(record.CertificateNumber)) : null, identitiesFound, domainsFound, unreachable, today)));
        return new BatchInspection([.. findings], notes, ServedRecords.Targets(subjects));
    }

    private static bool IsRegisteredBusiness(InspectedRecord record) =>
        record.Nature.IsOrganisation() && record.CertificateType == CertificateTypes.BusinessLicence;

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
            [.. draft.Websites.Where(w => w.IcpNumber is not null && served.Contains(w.IcpNumber)).Select(w => new InspectedWebsite(w.IcpNumber!, w.Domains, Person(w.Principal), w.Type))]);
    }

    private InspectedPerson? Person(Principal? p) =>
        p is null ? null : new InspectedPerson(p.Name, p.CertificateType, protector.Unseal(p.CertificateNumber), protector.Unseal(p.Mobile), p.EmergencyPhone is null ? null : protector.Unseal(p.EmergencyPhone));
}
