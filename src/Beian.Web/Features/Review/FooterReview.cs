using Beian.Compliance;
using Beian.Filings;
using Beian.Ports;
using Beian.Rules;

namespace Beian.Web.Features.Review;

/// <summary>
/// R-FOOTER-12, R-REVIEW-13: in the review of an access or change order, the websites that are already approved must
/// be reachable and show their number linked to MIIT; the reviewer sees what their pages show now, with the catalog
/// reason to reject on.
/// </summary>
public sealed class FooterReview(ISiteFetcher fetcher)
{
    public async Task<IReadOnlyList<Finding>> CheckAsync(FilingOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Type is not (FilingType.Access or FilingType.ChangeSubject or FilingType.ChangeWebsite))
        {
            return [];
        }

        var findings = new List<Finding>();
        for (var i = 0; i < order.Draft.Websites.Count; i++)
        {
            var website = order.Draft.Websites[i];
            if (website.IcpNumber is null || website.Domains.Count == 0 || FooterNumber.IsMobileHost(website.Domains[0]))
            {
                continue;
            }

            var fetched = await fetcher.FetchAsync(website.Domains[0], ct);
            if (fetched.Outcome != FetchOutcome.Ok)
            {
                continue;
            }

            var subject = Numbers.IcpNumber.TryParse(website.IcpNumber, out var number, onImport: true) ? number.Subject.ToString() : website.IcpNumber;
            var (expected, _) = FooterNumber.Expected(order.ProvinceCode, subject, website.IcpNumber, [new DomainReach(website.Domains[0], Pointing.Direct, fetched.FinalDomain)]);
            var verdict = FooterExamination.Examine(fetched.Html!, expected);
            if (verdict.Outcome == FooterOutcome.Compliant)
            {
                continue;
            }

            var notLinked = verdict.Outcome == FooterOutcome.NotLinked;
            findings.Add(new Finding(
                ["R-FOOTER-12"],
                Severity.Warning,
                $"websites[{i}].domains",
                $"已备案网站{website.Domains[0]}：{verdict.Explanation}",
                "请在网站首页底部显示正确的备案号并链接至 https://beian.miit.gov.cn/ 后再提交。",
                notLinked ? "REJ-FOOTER-NOT-LINKED" : "REJ-FOOTER-NUMBER-MISSING"));
        }

        return findings;
    }
}
