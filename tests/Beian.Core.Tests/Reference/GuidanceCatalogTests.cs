using Beian.Filings;
using Beian.Reference;

namespace Beian.Tests.Reference;

public class GuidanceCatalogTests
{
    [Fact]
    public void EveryEntry_NamesARuleOfTheSpec_AKnownTopic_AndReadsAsChinese()
    {
        var ids = File.ReadLines(Path.Combine(Repository.Root, "docs", "spec-ids.txt")).ToHashSet();
        Assert.NotEmpty(GuidanceCatalog.All);
        Assert.All(GuidanceCatalog.All, e =>
        {
            Assert.Contains(e.Rule, ids);
            Assert.Contains(e.Topic, GuidanceCatalog.Topics.Keys);
            Assert.EndsWith("。", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(",", e.Text, StringComparison.Ordinal);
        });
        Assert.Equal(GuidanceCatalog.All.Count, GuidanceCatalog.All.Select(e => e.Rule).Distinct().Count());
        Assert.All(GuidanceCatalog.Topics.Keys, t => Assert.NotEmpty(GuidanceCatalog.For(t)));
    }

    [Theory]
    [InlineData(OrderState.AwaitingSmsVerification, FilingType.FirstFiling, "R-SMS-12")] // no code received
    [InlineData(OrderState.ReturnedByMiit, FilingType.ChangeSubject, "R-SMS-10")]        // the link does not open
    [InlineData(OrderState.Draft, FilingType.FirstFiling, "R-FACE-06")]                  // white screen in face capture
    [InlineData(OrderState.AwaitingApplicant, FilingType.FirstFiling, "R-DOC-16")]       // templates
    [InlineData(OrderState.InInitialReview, FilingType.Access, "R-REVIEW-06")]           // a callback
    [InlineData(OrderState.RejectedByBureau, FilingType.Access, "R-ACCESS-13")]          // the old provider's record is safe
    [InlineData(OrderState.Approved, FilingType.Access, "R-ACCESS-06")]                  // check the synced data
    [InlineData(OrderState.Approved, FilingType.FirstFiling, "R-MISC-05")]               // point DNS here now
    public void AnOrder_ShowsTheAdviceOfTheStepItIsAt(OrderState state, FilingType type, string rule) =>
        Assert.Contains(GuidanceCatalog.ForOrder(state, type), e => e.Rule == rule);

    [Fact]
    public void AdviceForAccessAlone_IsNotShownToOtherTypes()
    {
        Assert.DoesNotContain(GuidanceCatalog.ForOrder(OrderState.Approved, FilingType.FirstFiling), e => e.Rule == "R-ACCESS-06");
        Assert.Empty(GuidanceCatalog.ForOrder(OrderState.Approved, FilingType.CancelSubject));
    }
}
