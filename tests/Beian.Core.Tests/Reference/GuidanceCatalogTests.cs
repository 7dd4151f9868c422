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

    /// <summary>Every piece of advice of the source and the step the filer sees it at.</summary>
    public static TheoryData<string, string> Advice() => new()
    {
        { "R-MISC-01", "start" },
        { "R-MISC-02", "start" },
        { "R-CODE-02", "start" },
        { "R-CODE-03", "start" },
        { "R-CODE-18", "start" },
        { "R-CODE-19", "start" },
        { "R-ACCESS-12", "start" },
        { "R-WEB-03", "start" },
        { "R-DOC-06", "documents" },
        { "R-DOC-13", "documents" },
        { "R-DOC-14", "documents" },
        { "R-DOC-15", "documents" },
        { "R-DOC-16", "documents" },
        { "R-DOC-18", "documents" },
        { "R-FACE-05", "documents" },
        { "R-FACE-06", "documents" },
        { "R-REVIEW-06", "review" },
        { "R-ACCESS-14", "review" },
        { "R-SMS-10", "sms" },
        { "R-SMS-12", "sms" },
        { "R-ACCESS-13", "rejected" },
        { "R-ACCESS-07", "rejected" },
        { "R-MISC-05", "approved" },
        { "R-ACCESS-06", "approved" },
        { "R-WEB-06", "approved" },
        { "R-MISC-04", "approved" },
        { "R-ACCT-04", "records" },
        { "R-ACCT-05", "records" },
        { "R-ACCT-08", "records" },
        { "R-ACCT-10", "records" },
        { "R-ACCT-11", "records" },
        { "R-CHG-01", "records" },
        { "R-CHG-02", "records" },
        { "R-CHG-09", "records" },
        { "R-CHG-10", "records" },
        { "R-CHG-11", "records" },
        { "R-CHG-13", "records" },
        { "R-CHG-14", "records" },
        { "R-CANCEL-15", "records" },
        { "R-CANCEL-17", "records" },
        { "R-CANCEL-18", "records" },
        { "R-PRIN-10", "records" },
        { "R-MISC-03", "query" },

        // The reviewer's checks that rest on judgement.
        { "R-REVIEW-04", "workbench" },
        { "R-REVIEW-05", "workbench" },
        { "R-REVIEW-07", "workbench" },
        { "R-NAME-01", "workbench" },
        { "R-CONTENT-01", "workbench" },
        { "R-CONTENT-02", "workbench" },
        { "R-CONTENT-03", "workbench" },
        { "R-CONTENT-04", "workbench" },
        { "R-DOC-02", "workbench" },
        { "R-DOC-07", "workbench" },
        { "R-DOC-08", "workbench" },
        { "R-SUBJ-10", "workbench" },
        { "R-DOC-17", "workbench" },
        { "R-PHONE-05", "workbench" },
        { "R-PHONE-06", "documents" },
        { "R-DOMAIN-16", "start" },
    };

    [Fact]
    public void EveryReviewersCheck_NamesAReasonOfTheRejectionCatalog()
    {
        var rejections = GuidanceCatalog.All.Where(e => e.Rejection is not null).ToList();
        Assert.NotEmpty(rejections);
        Assert.All(rejections, e => Assert.NotNull(RejectionCatalog.Find(e.Rejection!)));
        Assert.All(rejections, e => Assert.Equal("workbench", e.Topic));
    }

    [Theory]
    [MemberData(nameof(Advice))]
    public void TheSourcesAdvice_IsShownAtItsStep(string rule, string topic) =>
        Assert.Contains(GuidanceCatalog.For(topic), e => e.Rule == rule);

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
