using Beian.Compliance;
using Beian.Web.Data;
using Beian.Web.Integrations.Dns;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// The empty-shell website check by DNS (R-INSP-06, INSP-EMPTY-SHELL-SITE): each filed domain — and its www. form — must
/// resolve into this provider's mainland ranges. A website with a domain that does not opens a case; after the period
/// access is cancelled. Without configured ranges the check cannot decide, and says so.
/// </summary>
public sealed class EmptyShellCheck(ProviderDb db, IDnsResolver dns, InspectionCases cases, IOptions<ComplianceOptions> options)
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
        foreach (var website in subjects.SelectMany(s => s.Websites))
        {
            var elsewhere = new List<string>();
            foreach (var domain in website.Domains.Select(d => d.Domain))
            {
                inspected++;
                var answers = new[] { await dns.ResolveAsync(domain, ct), await dns.ResolveAsync("www." + domain, ct) };
                if (answers.All(a => a.Status == DnsStatus.Failed))
                {
                    notes.Add(new(website.IcpNumber, domain, "dns-failed", $"DNS 查询失败：{answers[0].Error}"));
                    continue;
                }

                if (!answers.SelectMany(a => a.Addresses).Any(ranges.Contains))
                {
                    elsewhere.Add(domain);
                }
            }

            if (elsewhere.Count > 0)
            {
                findings.Add(new("INSP-EMPTY-SHELL-SITE", website.IcpNumber, $"空壳网站：域名{string.Join("、", elsewhere)}未解析到本接入商的中国内地服务器"));
            }
        }

        var (opened, closed) = await cases.ReconcileAsync(Source, ServedRecords.Targets(subjects), findings, ct);
        return new CheckReport(Source, inspected, opened, closed, notes);
    }
}
