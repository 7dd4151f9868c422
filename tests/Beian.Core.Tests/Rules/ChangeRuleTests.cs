using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

public class ChangeRuleTests
{
    private static readonly SubjectFacts RecordedIndividual = CleanDraft.Individual().Subject;

    /// <summary>A subject change of 张三's individual record, in Beijing, to the given subject.</summary>
    private static RuleContext Change(RuleContext draft) =>
        draft with { Type = FilingType.ChangeSubject, RecordedSubject = RecordedIndividual };

    [Fact]
    public void ALegacyRecordWithoutAnEmergencyPhone_GetsOneThroughTheChange_R_CHG_14_R_PRIN_04()
    {
        var person = CleanDraft.Person with { EmergencyPhone = null };
        var legacy = Change(CleanDraft.Individual().WithSubject(s => s with { Principal = person }).WithWebsite(w => w with { Principal = person }));
        Assert.Contains(RuleBook.Run(legacy), f => f.RuleIds.SequenceEqual(["R-PRIN-04", "R-CHG-14"]) && f.Severity == Severity.Blocking);
        Assert.DoesNotContain(RuleBook.Run(Change(CleanDraft.Individual())), f => f.RuleIds.Contains("R-CHG-14"));
    }

    [Fact]
    public void AChangeToAnotherProvince_Blocks_WithTheCatalogsReason_R_CHG_07_R_REVIEW_14()
    {
        var moved = Change(CleanDraft.Individual().WithSubject(s => s with { ProvinceCode = "12" }));
        var finding = Assert.Single(RuleBook.Run(moved), f => f.RuleIds.Contains("R-CHG-07"));
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal("REJ-CHANGE-PROVINCE", finding.RejectionCode);
        Assert.Contains("R-PROV-CFG-13", finding.RuleIds);
        Assert.DoesNotContain(RuleBook.Run(moved with { Province = moved.Province with { CrossProvinceChangeAllowed = true } }), f => f.RuleIds.Contains("R-CHG-07"));
    }

    [Fact]
    public void AnIndividualRecord_NeverPassesToAnotherIndividual_R_CHG_08()
    {
        var other = Change(CleanDraft.Individual().WithSubject(s => s with { CertificateNumber = "110105194912310046", Name = "王五" }));
        var finding = Assert.Single(RuleBook.Run(other with { Province = other.Province with { IndividualEnterpriseChangeAllowed = true } }), f => f.RuleIds.Contains("R-CHG-08"));
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal("subject.certificateNumber", finding.Field);
    }

    [Theory]
    [InlineData(false, false, "李四", true)] // the default: not between an individual and an enterprise
    [InlineData(true, false, "李四", false)] // the province allows it
    [InlineData(false, true, "张三", false)] // allowed when the individual is the enterprise's legal person…
    [InlineData(false, true, "李四", true)] // …and only then
    public void FromIndividualToEnterprise_FollowsTheProvince_R_PROV_CFG_12(bool allowed, bool whenLegalPerson, string legalRepresentative, bool blocks)
    {
        var organisation = CleanDraft.Organisation("11");
        var change = organisation with
        {
            Type = FilingType.ChangeSubject,
            RecordedSubject = RecordedIndividual,
            Business = organisation.Business! with { LegalRepresentative = legalRepresentative },
            Province = organisation.Province with { IndividualEnterpriseChangeAllowed = allowed, IndividualToEnterpriseWhenLegalPerson = whenLegalPerson },
        };
        Assert.Equal(blocks, RuleBook.Run(change).Any(f => f.RuleIds.Contains("R-CHG-08") && f.Severity == Severity.Blocking));
    }

    [Fact]
    public void CancellingADomainUnderAnUnapprovedTld_IsWarnedAsFinal_AndNotBlocked_R_DOMAIN_14_R_CANCEL_05()
    {
        var io = CleanDraft.Individual().WithWebsite(w => w with { Domains = ["zhangsan.io"] }) with { Type = FilingType.CancelWebsite, RemovedDomains = new HashSet<string> { "zhangsan.io" } };
        var finding = Assert.Single(RuleBook.Run(io), f => f.RuleIds.Contains("R-DOMAIN-14"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("不能再次备案", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RuleBook.Run(io), f => f.Severity == Severity.Blocking && f.RuleIds.Contains("R-DOMAIN-06"));

        var cn = io with { RemovedDomains = new HashSet<string> { "zhangsan.cn" } };
        Assert.DoesNotContain(RuleBook.Run(cn), f => f.RuleIds.Contains("R-DOMAIN-14"));
    }

    [Theory]
    [InlineData("13800138000", "13900139000", "wangwu@example.com", "mobile")]
    [InlineData("13800138001", "13900139000", "wangwu@example.com", "emergencyPhone")]
    [InlineData("13800138001", "13900139001", "zhangsan@example.com", "email")]
    [InlineData("13800138001", "13900139001", "wangwu@example.com", null)]
    public void ANewPrincipal_MustNotKeepTheFormerOnesContacts_R_PRIN_06_R_PRIN_10(string mobile, string emergency, string email, string? staleField)
    {
        var newPerson = CleanDraft.Person with { Name = "王五", CertificateNumber = "110105194912310046", Mobile = mobile, EmergencyPhone = emergency, Email = email };
        var change = Change(CleanDraft.Individual().WithSubject(s => s with { Principal = newPerson }));
        var findings = RuleBook.Run(change).Where(f => f.PrimaryId == "R-PRIN-06").ToList();
        Assert.Equal(staleField is null ? [] : ["subject.principal." + staleField], findings.Select(f => f.Field));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }
}
