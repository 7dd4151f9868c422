using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Beian.Compliance;
using Beian.Filings;
using Beian.Ports;
using Beian.Records;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Features.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// The footer check by real HTTP (R-FOOTER-01 to R-FOOTER-14; a finding is INSP-FOOTER-MISSING-OR-UNLINKED, R-FOOTER-13):
/// every domain of every website served here is fetched from its approval on (R-FOOTER-08: a live site shows its number); domains that end on the same page are taken together to decide the number the page
/// must show (subject or website number, R-FOOTER-02..05); mobile-version hosts are exempt (R-FOOTER-07). The same
/// pages feed the content findings (R-CONTENT-05). A site that cannot be fetched gets a note saying why, not a case.
/// </summary>
public sealed partial class FooterCheck(ProviderDb db, ISiteFetcher fetcher, InspectionCases cases, InspectionProgress progress, IOptions<ComplianceOptions> options, TimeProvider time, ILogger<FooterCheck> log)
{
    public const string Source = "footer";
    public const string ContentSource = "content";

    public async Task<CheckReport> RunAsync(CancellationToken ct)
    {
        var subjects = await ServedRecords.LoadAsync(db, ct);
        // An app shows its number in its own settings page, not in a footer (R-APP-06).
        var work = subjects.SelectMany(s => s.Websites.Where(w => w.Type == ServiceType.Website).SelectMany(w => w.Domains.Select(d => (Subject: s, Website: w, d.Domain)))).ToList();
        var fetched = new (RecordSubject Subject, RecordWebsite Website, SiteFetch Fetch)[work.Count];
        progress.Start(Source, work.Count);
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct }, async (i, token) =>
        {
            var (subject, website, domain) = work[i];
            var fetch = await fetcher.FetchAsync(domain, token);
            fetched[i] = (subject, website, fetch);
            if (fetch.Outcome != FetchOutcome.Ok)
            {
                // An expected outcome of a check, not a fault: one line, no stack trace.
                LogNotFetched(log, domain, fetch.Outcome, fetch.Explanation);
            }

            progress.Advance();
        });
        progress.Finish();

        var notes = fetched.Where(f => f.Fetch.Outcome != FetchOutcome.Ok)
            .Select(f => new CheckNote(f.Website.IcpNumber, f.Fetch.Domain, f.Fetch.Outcome.ToString(), f.Fetch.Explanation)).ToList();
        var footer = new List<InspectionFinding>();
        var content = new List<InspectionFinding>();
        foreach (var bySubject in fetched.Where(f => f.Fetch.Outcome == FetchOutcome.Ok).GroupBy(f => f.Subject.IcpNumber))
        {
            var subject = bySubject.First().Subject;
            foreach (var page in bySubject.GroupBy(f => PageKey(f.Fetch)))
            {
                Examine(subject, [.. page], footer, content);
            }
        }

        await CheckPublicSecurityNumbersAsync(fetched.Where(f => f.Fetch.Outcome == FetchOutcome.Ok).Select(f => (f.Website, f.Fetch)), ct);

        // Only a website whose page was fetched was looked at again: one that cannot be reached now is a note, and its
        // open case stays open — unreachable is never rectified.
        var examined = fetched.Where(f => f.Fetch.Outcome == FetchOutcome.Ok).Select(f => f.Website.IcpNumber).ToHashSet(StringComparer.Ordinal);
        var targets = ServedRecords.Targets(subjects).Where(t => examined.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var (opened, closed) = await cases.ReconcileAsync(Source, targets, footer, ct);
        var (contentOpened, contentClosed) = await cases.ReconcileAsync(ContentSource, targets, content, ct);
        return new CheckReport(Source, work.Count, opened + contentOpened, closed + contentClosed, notes);
    }

    private static void Examine(RecordSubject subject, IReadOnlyList<(RecordSubject Subject, RecordWebsite Website, SiteFetch Fetch)> page, List<InspectionFinding> footer, List<InspectionFinding> content)
    {
        var fetch = page[0].Fetch;
        var reaching = page.Select(p => new DomainReach(p.Fetch.Domain, p.Fetch.Forwarded ? Pointing.Indirect : Pointing.Direct, p.Fetch.FinalDomain)).ToList();
        // The website whose domain serves the page: a domain that reaches it directly, else the first one.
        var serving = page.FirstOrDefault(p => !p.Fetch.Forwarded).Website ?? page[0].Website;
        var (expected, rule) = FooterNumber.Expected(subject.ProvinceCode, subject.IcpNumber, serving.IcpNumber, reaching);
        if (page.All(p => FooterNumber.IsMobileHost(p.Fetch.FinalDomain)))
        {
            return;
        }

        var verdict = FooterExamination.Examine(fetch.Html!, expected);
        if (verdict.Outcome != FooterOutcome.Compliant)
        {
            footer.AddRange(page.Select(p => p.Website.IcpNumber).Distinct().Select(target =>
                new InspectionFinding("INSP-FOOTER-MISSING-OR-UNLINKED", target, $"{string.Join("、", page.Select(p => p.Fetch.Domain))}：{verdict.Explanation}（{rule}）。{Consequence}")));
        }

        using var document = new HtmlParser().ParseDocument(fetch.Html!);
        var text = document.Body?.TextContent ?? string.Empty;
        content.AddRange(ContentSignals.Examine(text, fetch.FinalDomain, subject.Nature)
            .Select(f => f with { Target = serving.IcpNumber }));
    }

    /// <summary>
    /// A website whose owner recorded its public-security filing number: does its page show that number, linked to the
    /// portal? What was seen is kept on the website for its owner (公安联网备案 page); it is the public-security
    /// bureau's rule, not MIIT's, so it opens no inspection case.
    /// </summary>
    private async Task CheckPublicSecurityNumbersAsync(IEnumerable<(RecordWebsite Website, SiteFetch Fetch)> pages, CancellationToken ct)
    {
        foreach (var (website, fetch) in pages.Where(p => p.Website.PublicSecurityNumber is not null).DistinctBy(p => p.Website.Id))
        {
            var seen = PublicSecurityFiling.ExamineFooter(fetch.Html!, website.PublicSecurityNumber!);
            var said = $"{BeijingTime.Format(time.GetUtcNow())} {fetch.Domain}：{seen.Explanation}";
            said = said.Length > 300 ? said[..299] + "…" : said;
            // Only if the owner did not change the number meanwhile: this answer was about the old one.
            var number = website.PublicSecurityNumber;
            await db.RecordWebsites.Where(w => w.Id == website.Id && w.PublicSecurityNumber == number).ExecuteUpdateAsync(u => u.SetProperty(w => w.PublicSecurityFooter, said), ct);
        }
    }

    /// <summary>
    /// What the owner should know with the finding: the fine the bureau may impose (R-FOOTER-10), and that a site no
    /// longer used is cancelled rather than given a number (R-FOOTER-09).
    /// </summary>
    public const string Consequence = "未按要求悬挂备案号的，省通信管理局可处5000元以上1万元以下罚款；网站已不再使用的，请注销备案，无需悬挂";

    /// <summary>Domains that end on the same page: the same final host, or the same page served by several hosts directly.</summary>
    private static string PageKey(SiteFetch fetch) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fetch.Html ?? string.Empty)));

    [LoggerMessage(Level = LogLevel.Information, Message = "Footer check: {Domain} not fetched ({Outcome}): {Explanation}")]
    private static partial void LogNotFetched(ILogger logger, string domain, FetchOutcome outcome, string explanation);
}
