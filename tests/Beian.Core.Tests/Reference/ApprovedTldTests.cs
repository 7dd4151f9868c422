using Beian.Reference;

namespace Beian.Tests.Reference;

public class ApprovedTldTests
{
    [Theory]
    [InlineData("cn", "2026-12-04", true)]
    [InlineData("xn--fiqs8s", "2026-12-04", true)]   // 中国
    [InlineData("xn--fiqz9s", "2026-12-04", false)]  // 中國: a variant counts only if MIIT lists it
    [InlineData("name", "2026-12-04", false)]
    [InlineData("top", "2015-06-30", false)]         // known only as approved in 2015: not before that year is out
    [InlineData("top", "2016-01-01", true)]
    public void ATld_IsApprovedFromItsDateOnMiitsList_R_DOMAIN_06(string tld, string on, bool approved) =>
        Assert.Equal(approved, TldList.Shipped.IsApproved(tld, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2020-07-24", "2020-07-24")]
    [InlineData("2020-07", "2020-08-01")]
    [InlineData("2017", "2018-01-01")]
    public void ADateKnownOnlyToTheMonthOrYear_CountsFromTheEndOfThatPeriod(string from, string effective) =>
        Assert.Equal(DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), new ApprovedTld("x", null, from).EffectiveFrom);

    [Fact]
    public void EveryEntry_NamesItsSource() =>
        Assert.All(TldList.Shipped.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
}
