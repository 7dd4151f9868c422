using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

/// <summary>D08 and its province setting: an empty-shell subject (no live service of any type) and a new service.</summary>
public class EmptyShellDecisionTests
{
    private static BasicFacts NewServiceFor(int liveServices) => new(
        "new-service.cn", "11", "测试用户", false, false, false, false, false, false,
        new MiitSubjectFact("京ICP备2026000001号", "11", "测试用户", liveServices, false), null);

    [Theory]
    [InlineData(0, false, "D08", null)]
    [InlineData(0, true, "D11", FilingType.NewWebsiteSubjectElsewhere)]
    [InlineData(1, false, "D11", FilingType.NewWebsiteSubjectElsewhere)]
    public void AnEmptyShellAddsAServiceOnlyWhereItsProvinceAllows_D08_AMB_APP_09_R_APP_39(int liveServices, bool allowed, string row, FilingType? type)
    {
        var outcome = FilingTypeDecision.Decide(NewServiceFor(liveServices) with { EmptyShellMayAddService = allowed });

        Assert.Equal(row, outcome.Row);
        Assert.Equal(type, outcome.Type);
        Assert.Equal(type is null, outcome.Block is not null);
    }

    [Fact]
    public void NoProvinceLetsAnEmptyShellAddAServiceByDefault_AMB_APP_09() =>
        Assert.All(ProvinceRuleTable.All, p => Assert.False(p.EmptyShellMayAddService));
}
