using Beian.Filings;

namespace Beian.Tests.Filings;

public class ProvinceChangeConditionsTests
{
    [Theory]
    [InlineData(ProvinceChangeConditions.IndividualSubjectChange, FilingType.ChangeSubject, SubjectNature.Individual, true)]
    [InlineData(ProvinceChangeConditions.IndividualSubjectChange, FilingType.ChangeSubject, SubjectNature.Enterprise, false)]
    [InlineData(ProvinceChangeConditions.OrganisationSubjectChange, FilingType.ChangeSubject, SubjectNature.Enterprise, true)]
    [InlineData(ProvinceChangeConditions.OrganisationSubjectChange, FilingType.ChangeSubject, SubjectNature.Individual, false)]
    [InlineData(ProvinceChangeConditions.WebsiteChange, FilingType.ChangeWebsite, SubjectNature.Individual, true)]
    [InlineData(ProvinceChangeConditions.WebsiteChange, FilingType.ChangeSubject, SubjectNature.Individual, false)]
    [InlineData(ProvinceChangeConditions.WebsiteChange, FilingType.CancelWebsite, SubjectNature.Individual, false)]
    public void R_ORDER_12_R_PROV_CFG_24_R_CHG_01_AProvincesChangeConditionHidesItsRecordAction(string condition, FilingType action, SubjectNature nature, bool hidden)
    {
        var zhejiang = ProvinceRuleTable.For("33");
        Assert.False(ProvinceChangeConditions.Hides(zhejiang, action, nature));
        Assert.Equal(hidden, ProvinceChangeConditions.Hides(zhejiang with { ChangeActionsHiddenWhen = [condition] }, action, nature));
    }

    [Fact]
    public void TheProvinceTableNamesOnlyConditionsThePlatformKnows() =>
        Assert.All(ProvinceRuleTable.All, p => Assert.Subset(ProvinceChangeConditions.Known.ToHashSet(), p.ChangeActionsHiddenWhen.ToHashSet()));
}
