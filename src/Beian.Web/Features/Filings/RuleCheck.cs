using Beian.Domains;
using Beian.Filings;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Ports;
using Beian.Rules;
using Beian.Time;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Runs the rule book on an order: opens the draft's personal data for the check alone, asks the registries and the
/// national record what they know, and returns every finding.
/// </summary>
public sealed class RuleCheck(
    Data.ProviderDb db,
    PersonalDataProtector protector,
    IDomainRegistry domainRegistry,
    IBusinessRegistry businessRegistry,
    IIdentityCheck identityCheck,
    IBureauGateway bureau,
    IDnsResolver dns,
    ReferenceTablesInUse tables,
    Microsoft.Extensions.Options.IOptions<FilingOptions> options,
    TimeProvider time)
{
    public async Task<IReadOnlyList<Finding>> RunAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var draft = order.Draft;
        var s = draft.Subject;
        var subject = new SubjectFacts(s.ProvinceCode, s.Nature, s.CertificateType, protector.Unseal(s.CertificateNumber), s.Name, s.CertificateAddress, Open(s.Principal));
        var websites = draft.Websites.Select(w => new WebsiteFacts(w.Name, w.Domains, w.ContentCategory, Open(w.Principal))
        {
            ServiceCode = w.ServiceCode,
            Type = w.Type,
            App = w.App,
            Language = w.Language,
            Remarks = w.Remarks,
            IcpNumber = w.IcpNumber,
        }).ToList();
        var apps = websites.Where(w => w.Type.IsApplication()).ToList();
        var people = (subject.Principal is null ? websites.Select(w => w.Principal) : websites.Select(w => w.Principal).Prepend(subject.Principal))
            .OfType<PersonFacts>().ToList();

        var registrable = websites.SelectMany(w => w.Domains).Select(d => PublicSuffixList.RegistrableDomain(d) ?? d).Distinct().ToList();
        var domains = await domainRegistry.LookupAsync(registrable, ct);
        var business = s.Nature.IsOrganisation() && s.CertificateType == CertificateTypes.BusinessLicence
            ? await businessRegistry.FindAsync(subject.CertificateNumber, ct)
            : null;
        var identities = await identityCheck.LookupAsync([.. people.Where(p => p.CertificateType == CertificateTypes.ResidentIdCard).Select(p => p.CertificateNumber)], ct);
        var conflicts = await bureau.ConflictsAsync(
            new ConflictQuery(
                subject.CertificateNumber,
                subject.Name,
                [.. websites.Select(w => w.Principal?.CertificateNumber).OfType<string>()],
                [.. people.SelectMany(p => new[] { p.Mobile, p.CertificateNumber })],
                [.. websites.Select(w => w.Name)])
            {
                AppFeatureKeys = [.. apps.SelectMany(a => a.App?.Platforms ?? []).SelectMany(p => p.FeatureKeys)],
                AppNames = [.. apps.Select(a => OneFilingPerAppNamePerSubject.NameKey(a.Name))],
            },
            ct);
        var recorded = new HashSet<string>();
        PersonFacts? recordedSubjectPrincipal = null;
        var recordedWebsitePrincipals = new Dictionary<string, PersonFacts>();
        var recordedApps = new Dictionary<string, RecordedApp>(StringComparer.Ordinal);
        if (order.Type is FilingType.Access or FilingType.NewWebsiteSubjectElsewhere && websites.Count > 0)
        {
            // A mini-program has no domain; its subject is found by the certificate alone.
            var national = await bureau.LookupAsync(subject.CertificateNumber, websites[0].Domains.Count > 0 ? websites[0].Domains[0] : string.Empty, ct);
            var record = national.Subject is { } found ? await bureau.RecordDraftAsync(found.IcpNumber, ct) : null;
            recordedSubjectPrincipal = Open(record?.Subject.Principal);
            foreach (var app in record?.Websites.Where(w => w is { IcpNumber: not null, App: not null }) ?? [])
            {
                recordedApps[app.IcpNumber!] = new RecordedApp(app.Name, app.App!);
            }

            foreach (var site in record?.Websites ?? [])
            {
                if (Open(site.Principal) is { } principal)
                {
                    foreach (var domain in site.Domains)
                    {
                        recordedWebsitePrincipals[domain] = principal;
                    }
                }
            }
        }

        if (order.Type is FilingType.Access or FilingType.ChangeWebsite)
        {
            foreach (var domain in websites.SelectMany(w => w.Domains))
            {
                var found = await bureau.LookupAsync(subject.CertificateNumber, domain, ct);
                if (found.Domain is not null && found.Subject is not null && found.Domain.SubjectIcpNumber == found.Subject.IcpNumber)
                {
                    recorded.Add(domain);
                }
            }
        }

        SubjectFacts? recordedSubject = null;
        var removed = new HashSet<string>();
        if (order.Type is FilingType.CancelSubject or FilingType.CancelWebsite)
        {
            removed.UnionWith(websites.SelectMany(w => w.Domains));
        }

        if (order.Type is FilingType.ChangeSubject or FilingType.ChangeWebsite && order.TargetIcpNumber is { } target
            && Numbers.IcpNumber.TryParse(target, out var number, onImport: true)
            && await bureau.RecordDraftAsync(number.Subject.ToString(), ct) is { Subject: var r } filed)
        {
            recordedSubject = new SubjectFacts(r.ProvinceCode, r.Nature, r.CertificateType, protector.Unseal(r.CertificateNumber), r.Name, r.CertificateAddress, Open(r.Principal));
            foreach (var site in filed.Websites)
            {
                if (Open(site.Principal) is { } principal)
                {
                    foreach (var domain in site.Domains)
                    {
                        recordedWebsitePrincipals[domain] = principal;
                    }
                }
            }

            var kept = websites.SelectMany(w => w.Domains).ToHashSet();
            removed.UnionWith(filed.Websites.Where(w => draft.Websites.Any(d => d.IcpNumber == w.IcpNumber)).SelectMany(w => w.Domains).Where(d => !kept.Contains(d)));
        }

        var resolving = new HashSet<string>();
        if (order.Type is FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere)
        {
            foreach (var domain in websites.SelectMany(w => w.Domains).Distinct())
            {
                if ((await dns.ResolveAsync(domain, ct)).Status == DnsStatus.Resolved)
                {
                    resolving.Add(domain);
                }
            }
        }

        var documents = await db.OrderDocuments.AsNoTracking().Where(d => d.OrderId == order.Id)
            .Select(d => new DocumentFacts(d.Kind, d.Role, d.IssuedOn, d.ExpiresOn)).ToListAsync(ct);
        var context = new RuleContext(order.Type, subject, websites, BeijingTime.Today(time), ProvinceRuleTable.For(s.ProvinceCode), domains, business, identities, conflicts)
        {
            RecordedDomains = recorded,
            AccessedRecordGone = order.Type == FilingType.Access && recorded.Count == 0,
            RecordedSubject = recordedSubject,
            RemovedDomains = removed,
            ResolvingDomains = resolving,
            AccountRealNameVerified = await db.Users.AnyAsync(u => u.Id == order.AccountId && u.RealNameVerifiedAt != null, ct),
            Documents = documents,
            RecordedSubjectPrincipal = recordedSubjectPrincipal,
            RecordedWebsitePrincipals = recordedWebsitePrincipals,
            RecordedApps = recordedApps,
            Tables = tables.Current,
            SubjectAppNames = await AppNamesTakenAsync(order, conflicts, ct),
            LiveServices = conflicts.SubjectServices.Count,
            LiveApplications = conflicts.SubjectServices.Count(f => f.Type.IsApplication()),
            MiniProgramNeedsServiceCode = options.Value.MiniProgramNeedsServiceCode,
            AppFeatureUniqueness = options.Value.AppFeatureUniqueness,
        };
        return RuleBook.Run(context);
    }

    /// <summary>
    /// R-APP-15: the names of the subject's apps on the record and of apps in the account's other orders in progress.
    /// </summary>
    private async Task<IReadOnlySet<string>> AppNamesTakenAsync(FilingOrder order, ConflictFacts conflicts, CancellationToken ct)
    {
        var inProgress = await BasicCheck.InProgress(db.Orders).AsNoTracking()
            .Where(o => o.AccountId == order.AccountId && o.Id != order.Id)
            .Select(o => o.Draft).ToListAsync(ct);
        return conflicts.SubjectServices.Where(s => s.Type.IsApplication()).Select(s => s.Name)
            .Concat(inProgress.SelectMany(d => d.Websites).Where(w => w.Type.IsApplication()).Select(w => w.Name))
            .Select(OneFilingPerAppNamePerSubject.NameKey)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A principal as the rules read it: clear values, phones in the national form a person wrote them in.</summary>
    private PersonFacts? Open(Principal? p) => p is null
        ? null
        : new PersonFacts(p.Name, p.CertificateType, protector.Unseal(p.CertificateNumber), Phone(p.Mobile)!, Phone(p.EmergencyPhone), p.Email, Phone(p.Landline));

    private string? Phone(SealedText? phone) => phone is null ? null : MainlandPhone.National(protector.Unseal(phone));
}
