using Beian.Compliance;

namespace Beian.Tests.Compliance;

public class RectificationPeriodTests
{
    [Theory]
    [InlineData("INSP-FOOTER-MISSING-OR-UNLINKED", "11", 15)]
    [InlineData("INSP-EMPTY-SHELL-SITE", "11", 15)]
    [InlineData("INSP-DOMAIN-EXPIRED", "11", 30)]
    [InlineData("INSP-PHONE-INVALID", "44", 30)]
    public void EachFindingHasItsPeriod_TheFooterNoticesSetByTheProvince_R_PROV_CFG_21(string code, string province, int days) =>
        Assert.Equal(days, RectificationPeriod.DaysFor(code, province));

    [Fact]
    public void TheDeadlineIsTheEndOfTheLastDay_BeijingTime()
    {
        // 2026-11-30 23:30 in Beijing: the notice's day is day 0, so 30 days run to the end of 2026-12-30.
        var opened = new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero);

        var deadline = RectificationPeriod.DeadlineOf("INSP-DOMAIN-EXPIRED", "11", opened);

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(8)), deadline);
    }
}
