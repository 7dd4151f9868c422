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

    /// <summary>Records are read and asked about in batches: one round trip per registry for a batch, not per record.</summary>
    private const int Batch = 500;

    public async Task<CheckReport> RunAsync(CancellationToken ct)
    {
        var subjects = await ServedRecords.LoadAsync(db, ct);
        var findings = new List<InspectionFinding>();
        var notes = new List<CheckNote>();
        var today = BeijingTime.Today(time);
        foreach (var chunk in subjects.Chunk(Batch))
        {
            var drafts = await bureau.RecordDraftsAsync([.. chunk.Select(s => s.IcpNumber)], ct);
            var records = new List<InspectedRecord>();
            foreach (var subject in chunk)
            {
                if (drafts.TryGetValue(subject.IcpNumber, out var draft))
                {
                    records.Add(Inspected(subject.IcpNumber, draft, subject.Websites.Select(w => w.IcpNumber).ToHashSet()));
                }
                else
                {
                    notes.Add(new(subject.IcpNumber, string.Empty, "record-missing", "工信部备案库中已无该主体，请核对（见对账报告）"));
                }
            }

            var people = records.SelectMany(r => new[] { r.Principal }.Concat(r.Websites.Select(w => w.Principal))).OfType<InspectedPerson>().ToList();
            var registrable = records.SelectMany(r => r.Websites).SelectMany(w => w.Domains).Select(d => Beian.Domains.PublicSuffixList.RegistrableDomain(d) ?? d).Distinct().ToList();
            var identitiesFound = await identities.LookupAsync([.. people.Where(p => p.CertificateType == CertificateTypes.ResidentIdCard).Select(p => p.CertificateNumber).Distinct()], ct);
            var domainsFound = await domains.LookupAsync(registrable, ct);
            var unreachable = await phones.UnreachableAsync([.. people.SelectMany(p => new[] { p.Mobile, p.EmergencyPhone }).Distinct()], ct);
            foreach (var record in records)
            {
                var organisation = record.Nature.IsOrganisation() && record.CertificateType == CertificateTypes.BusinessLicence ? await business.FindAsync(record.CertificateNumber, ct) : null;
                findings.AddRange(RecordInspection.Examine(record, new RegistryFacts(organisation, identitiesFound, domainsFound, unreachable, today)));
            }
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
