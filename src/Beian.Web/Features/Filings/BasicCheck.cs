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

        return decided ?? FilingTypeDecision.Decide(new BasicFacts(string.Empty, subject.ProvinceCode, subject.Name, continueAccess, certificateBusy, false, certificateElsewhere, false, false, null, null)
        {
            ProviderName = platform.Value.ProviderName,
        });
    }

    /// <summary>Orders that are not final hold their locks (M-01..M-03).</summary>
    public static IQueryable<FilingOrder> InProgress(IQueryable<FilingOrder> orders) =>
        orders.Where(o => o.State != OrderState.Approved && o.State != OrderState.Abandoned && o.State != OrderState.Expired);

    private Task<bool> ServedHereByAsync(Guid accountId, NationalSubjectView subject, CancellationToken ct) =>
        db.RecordSubjects.AnyAsync(
            s => s.IcpNumber == subject.IcpNumber && s.AccountId == accountId && s.Websites.Any(w => w.Status == RecordStatus.Normal), ct);
}
