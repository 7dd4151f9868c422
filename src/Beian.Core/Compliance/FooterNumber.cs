using Beian.Filings;

namespace Beian.Compliance;

/// <summary>How a domain reaches the page it serves: by itself, or by forwarding to another domain.</summary>
public enum Pointing
{
    /// <summary>The domain serves the page itself (直接指向).</summary>
    Direct,

    /// <summary>The domain forwards to another domain that serves the page (间接指向).</summary>
    Indirect,
}

/// <summary>One domain of a subject as fetched: where it ended and how it got there.</summary>
public sealed record DomainReach(string Domain, Pointing Pointing, string FinalDomain);

/// <summary>
/// Which number a page's footer must show (R-FOOTER-02 to R-FOOTER-05): in Guangdong the subject number; when several
/// domains point at the page directly, or directly and indirectly mixed, the subject number; otherwise — one domain,
/// or only forwarding to it — the website number of the domain that finally serves the page.
/// </summary>
public static class FooterNumber
{
    /// <param name="provinceCode">The subject's province.</param>
    /// <param name="subjectNumber">The subject's ICP number.</param>
    /// <param name="finalWebsiteNumber">The website number of the domain that serves the page.</param>
    /// <param name="reaching">Every domain of the subject that reaches this page, the serving domain included.</param>
    public static (string Number, string Rule) Expected(string provinceCode, string subjectNumber, string finalWebsiteNumber, IReadOnlyCollection<DomainReach> reaching)
    {
        ArgumentNullException.ThrowIfNull(reaching);
        if (ProvinceRuleTable.For(provinceCode).FooterShowsSubjectNumber)
        {
            return (subjectNumber, "R-FOOTER-02");
        }

        var direct = reaching.Count(r => r.Pointing == Pointing.Direct);
        var indirect = reaching.Count(r => r.Pointing == Pointing.Indirect);
        return (direct, indirect) switch
        {
            ( >= 2, 0) => (subjectNumber, "R-FOOTER-03"),
            ( >= 2, _) => (subjectNumber, "R-FOOTER-05"),
            (_, > 0) => (finalWebsiteNumber, "R-FOOTER-04"),
            _ => (finalWebsiteNumber, "R-FOOTER-02"),
        };
    }

    /// <summary>R-FOOTER-07: a mobile-version host (m., wap., …) need not show the number.</summary>
    public static bool IsMobileHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var first = host.Split('.')[0];
        return ComplianceData.MobileHostLabels.Contains(first, StringComparer.OrdinalIgnoreCase);
    }
}
