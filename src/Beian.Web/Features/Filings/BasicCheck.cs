using Beian.Filings;
using Beian.PersonalData;
using Beian.Ports;
using Beian.Records;
using Beian.Rules;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// The basic-information check (基础信息校验): gathers what this provider and the national record know about the
/// certificate and each domain, and runs the decision table (lifecycle §3) for each domain.
/// </summary>
public sealed class BasicCheck(ProviderDb db, IBureauGateway bureau, PersonalDataProtector protector, Microsoft.Extensions.Options.IOptions<Beian.Platform.PlatformOptions> platform)
{
    public async Task<FilingTypeOutcome> DecideAsync(
        Guid accountId,
        FilingDraft draft,
        bool continueAccess,
        Guid? exceptOrder,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var subject = draft.Subject;
        var domains = draft.Domains;
        var appOnly = draft.AppOnlyDomains;
        var certificate = protector.Unseal(subject.CertificateNumber);
        var index = subject.CertificateNumber.Index;
        var except = exceptOrder ?? Guid.Empty;
        var certificateBusy = await InProgress(db.Orders.Where(o => o.SubjectCertificateIndex == index && o.Id != except)).AnyAsync(ct);
        var certificateElsewhere = await db.RecordSubjects.AnyAsync(
            s => s.CertificateNumber.Index == index && s.Status == RecordStatus.Normal && s.AccountId != accountId, ct);

        FilingTypeOutcome? decided = null;
        foreach (var domain in domains)
        {
            var domainBusy = await db.OrderDomains
                .Where(d => d.Domain == domain && d.OrderId != except)
                .Join(InProgress(db.Orders), d => d.OrderId, o => o.Id, (d, o) => o.Id)
                .AnyAsync(ct);
            var here = await db.RecordDomains.Where(d => d.Domain == domain)
                .Join(db.RecordWebsites.Where(w => w.Status == RecordStatus.Normal), d => d.WebsiteId, w => w.Id, (d, w) => w)
                .Join(db.RecordSubjects, w => w.SubjectId, s => s.Id, (w, s) => s.AccountId)
                .ToListAsync(ct);
            var national = await bureau.LookupAsync(certificate, domain, ct);
            if (appOnly.Contains(domain) && national.Domain is { } own && national.Subject?.IcpNumber == own.SubjectIcpNumber)
            {
                // An app may use a domain its subject's website holds (R-APP-30, R-APP-08): the subject decides the type.
                national = national with { Domain = null };
                here.RemoveAll(a => a == accountId);
            }

            // D04 asks whether the domain's subject is here under another account: the domain may be filed at another
            // provider while its subject has a website here (R-ACCT-03), which must meet D04 before D14.
            var subjectHereElsewhere = here.Any(a => a != accountId)
                || (national.Domain is { } filed && await db.RecordSubjects.AnyAsync(
                    s => s.IcpNumber == filed.SubjectIcpNumber && s.AccountId != accountId && s.Websites.Any(w => w.Status == RecordStatus.Normal), ct));
            var facts = new BasicFacts(
                domain,
                subject.ProvinceCode,
                subject.Name,
                continueAccess,
                certificateBusy,
                domainBusy,
                certificateElsewhere,
                subjectHereElsewhere,
                here.Contains(accountId),
                national.Subject is { } s ? new MiitSubjectFact(s.IcpNumber, s.ProvinceCode, s.Name, s.LiveWebsites, await ServedHereByAsync(accountId, s, ct)) : null,
                national.Domain is { } d ? new MiitDomainFact(d.SubjectIcpNumber, d.ProvinceCode, d.ServedByCaller) : null)
            {
                ProviderName = platform.Value.ProviderName,
                EmptyShellMayAddService = ProvinceRuleTable.For(subject.ProvinceCode).EmptyShellMayAddService,
            };
            var outcome = FilingTypeDecision.Decide(facts);
            if (outcome.Block is not null)
            {
                return outcome with { Block = outcome.Block with { Field = outcome.Block.Field == "domain" ? $"domains[{domains.ToList().IndexOf(domain)}]" : outcome.Block.Field } };
            }

            if (decided is not null && decided.Type != outcome.Type)
            {
                return new FilingTypeOutcome(outcome.Row, null, new Finding(
                    ["R-BASIC-08"],
                    Severity.Blocking,
                    $"domains[{domains.ToList().IndexOf(domain)}]",
                    $"域名{domain}与其他域名对应的备案类型不同（{decided.Type!.Value.ChineseName()} / {outcome.Type!.Value.ChineseName()}），不能在同一订单中办理",
                    "请将该域名分开办理。",
                    "REJ-FILING-TYPE-WRONG"));
            }

            decided = outcome;
        }

        decided ??= FilingTypeDecision.Decide(new BasicFacts(string.Empty, subject.ProvinceCode, subject.Name, continueAccess, certificateBusy, false, certificateElsewhere, false, false, null, null)
        {
            ProviderName = platform.Value.ProviderName,
            EmptyShellMayAddService = ProvinceRuleTable.For(subject.ProvinceCode).EmptyShellMayAddService,
        });
        return decided.Block is null ? await ByAppNameAsync(draft, certificate, decided, ct) : decided;
    }

    /// <summary>
    /// R-APP-08: an app is known by its subject and name as well as by its domains. Its subject's app of that name,
    /// served here, is D05 (file a change to add a platform, R-APP-15); approved at MIIT and not served here, D12: an
    /// access of that app (R-APP-09), the order then naming the app's number.
    /// </summary>
    private async Task<FilingTypeOutcome> ByAppNameAsync(FilingDraft draft, string certificate, FilingTypeOutcome decided, CancellationToken ct)
    {
        var apps = draft.Websites.Select((w, i) => (Service: w, Index: i)).Where(s => s.Service.Type.IsApplication() && s.Service.Name.Length > 0).ToList();
        if (apps.Count == 0 || decided.Type is not (FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere or FilingType.Access))
        {
            return decided;
        }

        var filed = (await bureau.LookupAsync(certificate, string.Empty, ct)).Subject?.Applications ?? [];
        foreach (var (service, index) in apps)
        {
            if (Named(filed, service) is not { } app)
            {
                continue;
            }

            return app.ServedByCaller
                ? new FilingTypeOutcome("D05", null, new Finding(["R-APP-15", "R-BASIC-04"], Severity.Blocking, $"websites[{index}].name", OneFilingPerAppNamePerSubject.Message, "同一APP在多个平台上架只备案一次；请在已备案的APP上办理变更，增加运行平台。"))
                : new FilingTypeOutcome("D12", FilingType.Access, null, decided.SubjectAlreadyHere);
        }

        return decided;
    }

    /// <summary>The number of the subject's app each application service of an access order takes over (R-APP-09).</summary>
    public async Task<FilingDraft> WithAccessedAppNumbersAsync(FilingDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Websites.Any(w => w.Type.IsApplication()))
        {
            return draft;
        }

        var filed = (await bureau.LookupAsync(protector.Unseal(draft.Subject.CertificateNumber), string.Empty, ct)).Subject?.Applications ?? [];
        return draft with
        {
            Websites = [.. draft.Websites.Select(w => w.Type.IsApplication() && w.IcpNumber is null && Named(filed, w) is { } app ? w with { IcpNumber = app.IcpNumber } : w)],
        };
    }

    /// <summary>The subject's filed app of a service's type and name, compared as R-APP-15 compares names.</summary>
    private static NationalAppView? Named(IReadOnlyList<NationalAppView> filed, WebsiteDraft service) =>
        filed.FirstOrDefault(a => a.Type == service.Type && OneFilingPerAppNamePerSubject.NameKey(a.Name) == OneFilingPerAppNamePerSubject.NameKey(service.Name));

    /// <summary>Orders that are not final hold their locks (M-01..M-03).</summary>
    public static IQueryable<FilingOrder> InProgress(IQueryable<FilingOrder> orders) =>
        orders.Where(o => o.State != OrderState.Approved && o.State != OrderState.Abandoned && o.State != OrderState.Expired);

    private Task<bool> ServedHereByAsync(Guid accountId, NationalSubjectView subject, CancellationToken ct) =>
        db.RecordSubjects.AnyAsync(
            s => s.IcpNumber == subject.IcpNumber && s.AccountId == accountId && s.Websites.Any(w => w.Status == RecordStatus.Normal), ct);
}
