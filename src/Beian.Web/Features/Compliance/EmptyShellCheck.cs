using System.Net;
using Beian.Compliance;
using Beian.Filings;
using Beian.Ports;
using Beian.Web.Data;
using Beian.Web.Features.Operations;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// The empty-shell website check by DNS (R-INSP-06, INSP-EMPTY-SHELL-SITE): each filed domain — and its www. form — must
/// resolve into this provider's mainland ranges. A website with a domain that does not opens a case; after the period
/// access is cancelled. Without configured ranges the check cannot decide, and says so. A commercial website that moved
/// to another of this provider's servers, in a province that holds it to its reported IP, is told to file a change for
/// the IP (R-PROV-CFG-17, R-CHG-10). A website approved within <see cref="ComplianceOptions.EmptyShellGrace"/> is left
/// until it has had time to launch.
/// </summary>
public sealed partial class EmptyShellCheck(ProviderDb db, IDnsResolver dns, InspectionCases cases, InspectionProgress progress, IOptions<ComplianceOptions> options, TimeProvider time, ILogger<EmptyShellCheck> log)
{
    public const string Source = "dns";

    public async Task<CheckReport> RunAsync(CancellationToken ct)
    {
        var ranges = options.Value.ParsedMainlandRanges();
        if (ranges.IsEmpty)
        {
            return new CheckReport(Source, 0, 0, 0, [new(string.Empty, string.Empty, "not-configured", "未配置本接入商的中国内地服务器地址段（Compliance:MainlandRanges），无法核查空壳网站")]);
        }

        var subjects = await ServedRecords.LoadAsync(db, ct);
        var findings = new List<InspectionFinding>();
        var notes = new List<CheckNote>();
        var inspected = 0;
        var unanswered = new HashSet<string>(StringComparer.Ordinal);
        // An app's back-end domains need not answer on their own names (R-APP-38 names what covers apps); a website
        // approved within the grace may not be live yet.
        var launchedBefore = time.GetUtcNow() - options.Value.EmptyShellGrace;
        var websites = subjects.SelectMany(s => s.Websites.Where(w => w.Type == ServiceType.Website).Select(w => (s, w))).ToList();
        progress.Start(Source, websites.Count);
        foreach (var (subject, website) in websites)
        {
            progress.Advance();
            if (website.ApprovedAt > launchedBefore)
            {
                notes.Add(new(website.IcpNumber, string.Empty, "launch-grace", $"网站于{Beian.Time.BeijingTime.Format(website.ApprovedAt)}备案成功，{options.Value.EmptyShellGrace.TotalDays:0}天内不作空壳核查"));
                continue;
            }

            var elsewhere = new List<string>();
            var here = new List<IPAddress>();
            foreach (var domain in website.Domains.Select(d => d.Domain))
            {
                inspected++;
                var answers = new[] { await dns.ResolveAsync(domain, ct), await dns.ResolveAsync("www." + domain, ct) };
                if (answers.All(a => a.Status == DnsStatus.Failed))
                {
                    notes.Add(new(website.IcpNumber, domain, "dns-failed", $"DNS 查询失败：{answers[0].Error}"));
                    LogUnanswered(log, domain, answers[0].Error);
                    unanswered.Add(website.IcpNumber);
                    continue;
                }

                var addresses = answers.SelectMany(a => a.Addresses).ToList();
                if (!addresses.Any(ranges.Contains))
                {
                    elsewhere.Add(domain);
                }

                here.AddRange(addresses.Where(ranges.Contains));
            }

            if (ReportedIp.MustChange(Beian.Filings.ProvinceRuleTable.For(subject.ProvinceCode), website.CommercialLicence, website.ReportedIp, here))
            {
                notes.Add(new(website.IcpNumber, website.Domains[0].Domain, "reported-ip-differs",
                    $"经营性网站已迁至本接入商的其他服务器（{string.Join("、", here.Distinct())}），与报备IP {website.ReportedIp} 不一致：请办理变更网站更新IP"));
            }

            if (elsewhere.Count > 0)
            {
                findings.Add(new("INSP-EMPTY-SHELL-SITE", website.IcpNumber, $"空壳网站：域名{string.Join("、", elsewhere)}未解析到本接入商的中国内地服务器"));
            }
        }

        // A website whose names DNS did not answer for was not looked at again: its open case stays open.
        var found = findings.Select(f => f.Target).ToHashSet(StringComparer.Ordinal);
        var looked = ServedRecords.Targets(subjects).Where(t => !unanswered.Contains(t.Key) || found.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        progress.Finish();
        var (opened, closed) = await cases.ReconcileAsync(Source, looked, findings, ct);
        return new CheckReport(Source, inspected, opened, closed, notes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DNS check: {Domain} not answered: {Error}")]
    private static partial void LogUnanswered(ILogger logger, string domain, string? error);
}
