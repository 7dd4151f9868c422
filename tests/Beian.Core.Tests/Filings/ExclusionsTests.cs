using Beian.Filings;
using Beian.Rules;
using static Beian.Filings.FilingType;

namespace Beian.Tests.Filings;

public class ExclusionsTests
{
    /// <summary>The order in progress, the one wanted (null: a new filing not yet typed), and the rule that explains the refusal.</summary>
    public static TheoryData<FilingType, OrderState, FilingType?, string?> Pairs() => new()
    {
        { ChangeSubject, OrderState.PendingInitialReview, null, "R-ORDER-04" },            // M-04
        { NewWebsiteSubjectHere, OrderState.Draft, ChangeWebsite, "R-ORDER-04" },           // M-04
        { Access, OrderState.InInitialReview, ChangeSubject, "R-ORDER-04" },                // M-04
        { CancelSubject, OrderState.BureauReview, CancelWebsite, "R-CANCEL-06" },           // M-05
        { CancelWebsite, OrderState.Draft, CancelSubject, "R-CANCEL-06" },                  // M-05
        { CancelSubject, OrderState.BureauReview, null, "R-CANCEL-07" },                    // M-06
        { FirstFiling, OrderState.Draft, CancelWebsite, "R-CANCEL-07" },                    // M-06
        { FirstFiling, OrderState.AwaitingSmsVerification, ChangeWebsite, "R-CHG-04" },     // M-09
        { ChangeSubject, OrderState.BureauReview, ChangeWebsite, "R-ORDER-07" },            // M-09
        { CancelAccess, OrderState.BureauReview, CancelAccess, null },                      // M-01 alone
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ASecondOrderOfTheAccount_IsRefused_NamingTheExclusionRuleItMeets(FilingType running, OrderState state, FilingType? wanted, string? rule)
    {
        var finding = Exclusions.AccountBusy(running, state, wanted);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal("R-ORDER-01", finding.PrimaryId);
        if (rule is null)
        {
            Assert.Single(finding.RuleIds);
        }
        else
        {
            Assert.Contains(rule, finding.RuleIds);
            Assert.True(rule != "R-ORDER-04" || finding.RuleIds.Contains("R-CHG-05"), "A change beside a new filing is also R-CHG-05.");
        }

        Assert.Contains(running.ChineseName(), finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(",", finding.Message, StringComparison.Ordinal);
        // While the bureau holds the order there is nothing to withdraw: the remedy says to wait.
        Assert.Equal(state.IsAtBureau(), finding.Remedy.StartsWith("请等待管局审核结果", StringComparison.Ordinal));
    }
}
