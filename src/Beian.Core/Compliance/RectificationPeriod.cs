using Beian.Filings;
using Beian.Time;

namespace Beian.Compliance;

/// <summary>
/// How long the owner has to put a finding right (R-INSP-01): a period per finding type, the footer notice's set by
/// each province (R-PROV-CFG-21, DESIGN.md §9). The deadline is the end of the last day, Beijing time.
/// </summary>
public static class RectificationPeriod
{
    public const string FooterFinding = "INSP-FOOTER-MISSING-OR-UNLINKED";

    public static int DaysFor(string findingCode, string provinceCode)
    {
        ArgumentNullException.ThrowIfNull(findingCode);
        if (findingCode == FooterFinding)
        {
            return ProvinceRuleTable.For(provinceCode).FooterRectificationDays;
        }

        var days = ComplianceData.Days;
        return days.ByFinding.TryGetValue(findingCode, out var set) ? set : days.Default;
    }

    /// <summary>The first instant after the period: the notice's day counts as day 0.</summary>
    public static DateTimeOffset DeadlineOf(string findingCode, string provinceCode, DateTimeOffset openedAt) =>
        BeijingTime.StartOf(BeijingTime.DateOf(openedAt).AddDays(DaysFor(findingCode, provinceCode) + 1));
}
