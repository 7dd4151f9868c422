using Beian.Filings;
using Beian.Reference;

namespace Beian.Tests.Reference;

public class ProvinceRuleTableTests
{
    [Fact]
    public void Table_HasARowForEachOfThe31Provinces_21WithRulesOfTheirOwn()
    {
        Assert.Equal(31, ProvinceRuleTable.All.Count);
        Assert.Equal(Provinces.All.Select(p => p.Code).Order(), ProvinceRuleTable.All.Select(r => r.Code).Order());
        Assert.Equal(21, ProvinceRuleTable.All.Count(r => r.Rules.Count > 0));
        Assert.Equal(18, ProvinceRuleTable.All.Count(r => r.LegalRepRequired));
    }

    [Theory]
    [InlineData("44", "R-PROV-GD-01")]
    [InlineData("44", "R-PROV-GD-02")]
    [InlineData("37", "R-PROV-SD-01")]
    [InlineData("15", "R-PROV-NM-01")]
    [InlineData("23", "R-PROV-HL-01")]
    [InlineData("65", "R-PROV-XJ-01")]
    [InlineData("42", "R-PROV-HB-01")]
    [InlineData("42", "R-PROV-HB-02")]
    [InlineData("43", "R-PROV-HN-01")]
    [InlineData("43", "R-PROV-HN-02")]
    [InlineData("13", "R-PROV-HE-01")]
    [InlineData("51", "R-PROV-SC-01")]
    public void SpecificRules_BelongToTheirProvince(string code, string rule) => Assert.Contains(rule, ProvinceRuleTable.For(code).Rules);

    [Fact]
    public void ProvinceValues_OverlayTheDefaults()
    {
        Assert.True(ProvinceRuleTable.For("44").FooterShowsSubjectNumber);
        Assert.False(ProvinceRuleTable.For("33").FooterShowsSubjectNumber);
        Assert.Equal(3, ProvinceRuleTable.For("44").EmptyShellCleanupDays);
        Assert.Equal(10, ProvinceRuleTable.For("37").EmptyShellCleanupDays);
        Assert.Equal(30, ProvinceRuleTable.For("11").EmptyShellCleanupDays);
        Assert.Equal(180, ProvinceRuleTable.For("13").DocumentMaxAgeDays["authorisation-letter"]);
        Assert.Equal(90, ProvinceRuleTable.For("13").DocumentMaxAgeDays["change-proof"]);
        Assert.Equal(45, ProvinceRuleTable.For("51").DocumentMaxAgeDays["work-certificate"]);
        Assert.Equal(45, ProvinceRuleTable.For("43").DocumentMaxAgeDays["domain-certificate"]);
        Assert.Equal(180, ProvinceRuleTable.For("42").DocumentMaxAgeDays["commercial-statement"]);
        Assert.Equal(90, ProvinceRuleTable.For("11").DocumentMaxAgeDays["authorisation-letter"]);
        Assert.Equal("编办证明", Assert.Single(ProvinceRuleTable.For("15").ExtraDocuments).Name);
        Assert.DoesNotContain(ProvinceRuleTable.All, r => r.CrossProvinceChangeAllowed);
    }

    [Theory]
    [InlineData(FilingType.FirstFiling, 7)]
    [InlineData(FilingType.Access, 7)]
    [InlineData(FilingType.ChangeWebsite, 12)]
    [InlineData(FilingType.CancelWebsite, 0)]
    [InlineData(FilingType.CancelAccess, 0)]
    public void TheBureausWorkingDays_FollowTheTypesSetting_R_PROV_CFG_18_R_PROV_CFG_20_R_CHG_03_R_CANCEL_08(FilingType type, int expected)
    {
        Assert.Equal(5, ProvinceRuleTable.For("11").BureauWorkingDaysFor(type));
        var changed = ProvinceRuleTable.For("11") with { BureauReviewWorkingDays = 7, ChangeReviewWorkingDays = 12, CancellationWorkingDays = 0 };
        Assert.Equal(expected, changed.BureauWorkingDaysFor(type));
    }
}
