using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Compliance;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// What the bureau's own system finds wrong with an application under review, as rejection reasons of the catalog
/// (R-REVIEW-16, lifecycle §9.2): the same subject at another provider at once (M-07, R-ORDER-11); an access or new
/// website for a subject that was cancelled, or is being cancelled, meanwhile (M-08); where the province does so, a
/// spot-check call that does not get through (R-PROV-CFG-16), the subject's approved websites that do not resolve
/// (R-PROV-CFG-07, R-ACCESS-10), and, opened by the bureau, whose content cannot be viewed or does not fit the filing
/// (R-PROV-CFG-08); a first filing of an organisation already on record under its certificate from before 三证合一
/// (R-SUBJ-09). No reason means the application may be approved.
/// </summary>
public sealed class BureauChecks(BureauDb db, IPhoneDirectory phones, IDnsResolver dns, ISiteFetcher sites, PersonalDataProtector protector)
{
    private static readonly ApplicationState[] Open = [ApplicationState.AwaitingSms, ApplicationState.InReview];

    public async Task<IReadOnlyList<OrderRejection>> FindAsync(BureauApplication application, ProvinceRules rules, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rules);
        var reasons = new List<OrderRejection>();
        if (await db.Applications.AnyAsync(
                a => a.Id != application.Id && a.ProviderId != application.ProviderId && Open.Contains(a.State)
                     && a.SubjectCertificateIndex == application.SubjectCertificateIndex, ct))
        {
            reasons.Add(new("REJ-HOST-CONFLICT", "该主体同时在其他接入商提交了备案申请", ByBureau: true));
        }

        var subject = await db.Subjects.Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.CertificateNumber.Index == application.SubjectCertificateIndex && s.Status == NationalStatus.Normal, ct);
        if (application.Type is FilingType.Access or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere
            && (subject is null || await BeingCancelledAsync(subject.IcpNumber, ct)))
        {
            reasons.Add(new("REJ-RECORD-NOT-IN-DB", "审核期间该主体已注销或已提交注销", ByBureau: true));
        }

        if (application.Type == FilingType.FirstFiling
            && await OldCertificates.RecordAsync(db, protector, protector.Unseal(application.Data.Subject.CertificateNumber), ct) is { } filedBefore)
        {
            reasons.Add(new("REJ-MIIT-RECORD-EXISTS", $"该单位已以三证合一前的证件备案（{filedBefore}），请先变更该备案的证件", ByBureau: true));
        }

        if (rules.SpotCheckCalls && await UnreachableAsync(application.Data, ct) is { } unreachable)
        {
            reasons.Add(new("REJ-PHONE-PROBLEM", $"管局抽查电话未能接通：{unreachable}", ByBureau: true));
        }

        if (rules.ApprovedSitesMustResolveHere && application.Type is not (FilingType.FirstFiling or FilingType.CancelAccess or FilingType.CancelSubject or FilingType.CancelWebsite)
            && subject is not null && await UnresolvedAsync(subject, ct) is { } unresolved)
        {
            reasons.Add(new("REJ-FILED-SITE-UNREACHABLE", $"已备案网站的域名无法解析：{unresolved}", ByBureau: true));
        }

        if (rules.BureauChecksContent && ReviewsApprovedSites(application.Type) && subject is not null)
        {
            reasons.AddRange(await ContentReasonsAsync(subject, ct));
        }

        return reasons;
    }

    /// <summary>Changes, access and new websites: the subject's approved websites are looked at during their review.</summary>
    private static bool ReviewsApprovedSites(FilingType type) =>
        type is not (FilingType.FirstFiling or FilingType.CancelAccess or FilingType.CancelSubject or FilingType.CancelWebsite);

    /// <summary>The bureau opens each approved website's home page: unviewable, or content that does not fit the filing.</summary>
    private async Task<IEnumerable<OrderRejection>> ContentReasonsAsync(NationalSubject subject, CancellationToken ct)
    {
        var reasons = new List<OrderRejection>();
        foreach (var website in subject.Websites.Where(w => w.Status == NationalStatus.Normal && w.Domains.Count > 0))
        {
            var page = await sites.FetchAsync(website.Domains[0].Domain, ct);
            if (page.Outcome != FetchOutcome.Ok || page.Html is null)
            {
                reasons.Add(new("REJ-CONTENT-UNVIEWABLE", $"{page.Domain}：{page.Explanation}", ByBureau: true));
                continue;
            }

            foreach (var finding in ContentSignals.Examine(page.Html, page.Domain, subject.Nature))
            {
                var code = finding.Code switch
                {
                    "INSP-CONTENT-INAPPROPRIATE" => "REJ-CONTENT-ILLEGAL",
                    "INSP-CONTENT-SUBJECT-MISMATCH" => "REJ-CONTENT-NATURE-MISMATCH",
                    _ => "REJ-SITE-CONTENT-INVALID",
                };
                reasons.Add(new(code, finding.Detail, ByBureau: true));
            }
        }

        return reasons;
    }

    private Task<bool> BeingCancelledAsync(string subjectIcpNumber, CancellationToken ct) =>
        db.Applications.AnyAsync(a => a.Type == FilingType.CancelSubject && a.TargetIcpNumber == subjectIcpNumber && a.State == ApplicationState.InReview, ct);

    /// <summary>The first principal whose mobile is out of service, masked, or null.</summary>
    private async Task<string?> UnreachableAsync(FilingDraft data, CancellationToken ct)
    {
        var mobiles = new[] { data.Subject.Principal }.Concat(data.Websites.Select(w => w.Principal))
            .OfType<Principal>().Select(p => protector.Unseal(p.Mobile)).Distinct().ToList();
        var down = await phones.UnreachableAsync(mobiles, ct);
        return mobiles.FirstOrDefault(down.Contains) is { } mobile ? Masking.Mask(mobile, PersonalDataKind.Phone) : null;
    }

    private async Task<string?> UnresolvedAsync(NationalSubject subject, CancellationToken ct)
    {
        foreach (var domain in subject.Websites.Where(w => w.Status == NationalStatus.Normal).SelectMany(w => w.Domains).Select(d => d.Domain))
        {
            if ((await dns.ResolveAsync(domain, ct)).Status != DnsStatus.Resolved)
            {
                return domain;
            }
        }

        return null;
    }
}
