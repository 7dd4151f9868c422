using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

public class AccessRuleTests
{
    private static RuleContext Access() => CleanDraft.Individual() with
    {
        Type = FilingType.Access,
        RecordedDomains = new HashSet<string> { "zhangsan.cn" },
        RecordedSubjectPrincipal = CleanDraft.Person,
        RecordedWebsitePrincipals = new Dictionary<string, PersonFacts> { ["zhangsan.cn"] = CleanDraft.Person },
    };

    [Fact]
    public void AnAccessFilingAsRecorded_GetsNoFinding() => Assert.Empty(RuleBook.Run(Access()));

    [Fact]
    public void ASubjectPrincipalOtherThanRecorded_Blocks_R_SUBJ_08_R_ACCESS_03_UnlessTheProvinceAllowsAccessFirst()
    {
        var changed = Access() with { RecordedSubjectPrincipal = CleanDraft.Person with { Name = "李四" } };
        Assert.Contains(RuleBook.Run(changed), f => f.RuleIds.SequenceEqual(["R-SUBJ-08", "R-ACCESS-03", "R-PROV-CFG-11"]) && f.Severity == Severity.Blocking);
        var lenient = changed with { Province = changed.Province with { AccessBeforeChangeAllowed = true } };
        Assert.DoesNotContain(RuleBook.Run(lenient), f => f.PrimaryId == "R-SUBJ-08");
    }

    [Fact]
    public void AWebsitePrincipalWhoseMobileChanged_Blocks_R_ACCESS_04_R_ACCESS_08_R_PHONE_06()
    {
        var changed = Access() with { RecordedWebsitePrincipals = new Dictionary<string, PersonFacts> { ["zhangsan.cn"] = CleanDraft.Person with { Mobile = "13700137000" } } };
        var finding = Assert.Single(RuleBook.Run(changed));
        Assert.Equal(["R-ACCESS-04", "R-ACCESS-08"], finding.RuleIds);
        Assert.Equal("REJ-ACCESS-SMS-FAILED", finding.RejectionCode);
    }

    [Fact]
    public void ADomainHeldBySomeoneElse_IsToBeTransferredFirst_R_ACCESS_11()
    {
        var held = Access().WithDomain(d => d with { HolderName = "王五" });
        var finding = Assert.Single(RuleBook.Run(held), f => f.PrimaryId == "R-DOMAIN-02");
        Assert.Contains("过户", finding.Remedy, StringComparison.Ordinal);
        Assert.Equal("REJ-DOMAIN-HOLDER-MISMATCH", finding.RejectionCode);
    }

    [Fact]
    public void ARecordCancelledWhileTheAccessRan_IsRejectedAsGone_NotAsNewDomains_R_REVIEW_15()
    {
        var gone = Access() with { RecordedDomains = new HashSet<string>(), AccessedRecordGone = true };
        var finding = Assert.Single(RuleBook.Run(gone));
        Assert.Equal("R-REVIEW-15", finding.PrimaryId);
        Assert.Equal("REJ-RECORD-GONE-DURING-FILING", finding.RejectionCode);
    }
}
