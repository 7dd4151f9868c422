using Beian.Filings;
using Beian.Reference;
using Beian.Rules;

namespace Beian.Tests.Rules;

public class OrganisationRuleTests
{
    public static TheoryData<string, string, Severity> Defects() => new()
    {
        { "name-differs-from-registry", "R-SUBJ-02", Severity.Blocking },
        { "half-width-brackets", "R-SUBJ-02", Severity.Blocking },
        { "code-unknown-to-registry", "R-SUBJ-03", Severity.Blocking },
        { "checksum-fails-but-registry-knows", "R-SUBJ-03", Severity.Warning },
        { "address-in-another-province", "R-SUBJ-05", Severity.Blocking },
        { "principal-not-legal-rep", "R-PRIN-01", Severity.Blocking },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void AnOrganisationDraftWithOneDefect_GetsTheDocumentedFinding(string defect, string ruleId, Severity severity)
    {
        var finding = Assert.Single(RuleBook.Run(Apply(defect, CleanDraft.Organisation())));
        Assert.Equal(ruleId, finding.PrimaryId);
        Assert.Equal(severity, finding.Severity);
    }

    [Fact]
    public void LegalRepRule_FollowsTheProvinceTable()
    {
        var notLegalRep = Apply("principal-not-legal-rep", CleanDraft.Organisation("33"));
        Assert.Contains(RuleBook.Run(notLegalRep), f => f.RuleIds.SequenceEqual(["R-PRIN-01", "R-PROV-LR-01", "R-FACE-04"]) && f.Severity == Severity.Blocking);

        // Beijing has no legal-rep rule: the same draft filed there (address and all) passes.
        var beijing = CleanDraft.Organisation("11").WithSubject(s => s with { CertificateAddress = "北京市朝阳区建国路88号", Principal = CleanDraft.Person with { Name = "王五" } });
        Assert.DoesNotContain(RuleBook.Run(beijing), f => f.PrimaryId == "R-PRIN-01");

        // A province that accepts an authorisation letter turns the block into a warning.
        var lenient = notLegalRep with { Province = notLegalRep.Province with { AuthorisationLetterForSubjectPrincipal = true } };
        // R-PRIN-03: with the letter the subject principal need not be the legal representative.
        Assert.Contains(RuleBook.Run(lenient), f => f.PrimaryId == "R-PRIN-01" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void WebsitePrincipalRule_ReadsTheProvinceSetting()
    {
        var c = CleanDraft.Organisation().WithWebsite(w => w with { Principal = CleanDraft.Person with { Name = "赵六", CertificateNumber = "110105199001010011" } });
        Assert.DoesNotContain(RuleBook.Run(c), f => f.PrimaryId == "R-PRIN-02");
        var strict = c with { Province = c.Province with { WebsitePrincipalMustBeLegalRep = true } };
        Assert.Contains(RuleBook.Run(strict), f => f.RuleIds.SequenceEqual(["R-PRIN-02", "R-PRIN-03"]));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("43")]
    public void HubeiAndHunan_AllowOneWebsiteWithOneDomain_ElsewhereSeveral_R_WEB_03(string province)
    {
        var c = CleanDraft.Individual(province).WithSubject(s => s with { CertificateNumber = CleanDraft.PersonId }).WithWebsite(w => w with { Domains = ["zhangsan.cn", "www.zhangsan.cn"] });
        var rule = province == "42" ? "R-PROV-HB-01" : "R-PROV-HN-01";
        Assert.Contains(RuleBook.Run(c), f => f.RuleIds.Contains("R-WEB-02") && f.RuleIds.Contains(rule) && f.Severity == Severity.Blocking);
        Assert.DoesNotContain(RuleBook.Run(c with { Province = ProvinceRuleTable.For("11") }), f => f.RuleIds.Contains("R-WEB-02"));
    }

    [Fact]
    public void VirtualOperatorNumbers_AreRefusedOnlyWhereTheProvinceSaysSo()
    {
        var person = CleanDraft.Person with { Mobile = "17012345678" };
        var c = CleanDraft.Individual().WithSubject(s => s with { Principal = person }).WithWebsite(w => w with { Principal = person });
        Assert.DoesNotContain(RuleBook.Run(c), f => f.PrimaryId == "R-PHONE-04");
        Assert.Contains(RuleBook.Run(c with { Province = c.Province with { VirtualOperatorAccepted = false } }), f => f.PrimaryId == "R-PHONE-04");
    }

    [Fact]
    public void NonResidentPrincipals_FollowTheProvinceSetting()
    {
        var person = CleanDraft.Person with { CertificateType = "护照" };
        var c = CleanDraft.Individual().WithSubject(s => s with { Principal = person }).WithWebsite(w => w with { Principal = person });
        Assert.DoesNotContain(RuleBook.Run(c), f => f.PrimaryId == "R-PRIN-09");
        Assert.Contains(RuleBook.Run(c with { Province = c.Province with { NonResidentPrincipalsAllowed = false } }), f => f.PrimaryId == "R-PRIN-09");
    }

    [Fact]
    public void CertificateAddressOutsideTheProvince_WarnsOnlyWhereTheProvinceRequiresIt()
    {
        var c = CleanDraft.Individual().WithSubject(s => s with { CertificateAddress = "河北省石家庄市长安区中山路1号" });
        Assert.DoesNotContain(RuleBook.Run(c), f => f.PrimaryId == "R-SUBJ-07");
        Assert.Contains(RuleBook.Run(c with { Province = c.Province with { CertificateAddressMustBeInProvince = true } }), f => f.PrimaryId == "R-SUBJ-07");
    }

    [Fact]
    public void AnAccessFiling_CannotAddADomainTheRecordDoesNotHold()
    {
        var c = CleanDraft.Individual() with { Type = FilingType.Access, RecordedDomains = new HashSet<string> { "zhangsan.cn" } };
        Assert.Empty(RuleBook.Run(c));
        Assert.Contains(RuleBook.Run(c with { RecordedDomains = new HashSet<string>() }), f => f.RuleIds.SequenceEqual(["R-ACCESS-01", "R-DOMAIN-15"]));
    }

    private static RuleContext Apply(string defect, RuleContext c) => defect switch
    {
        "name-differs-from-registry" => c with { Business = c.Business! with { Name = "杭州示例网络科技有限公司" } },
        "half-width-brackets" => c.WithSubject(s => s with { Name = "示例科技(杭州)有限公司" }).WithDomain(d => d with { HolderName = "示例科技(杭州)有限公司" }) with { Business = c.Business! with { Name = "示例科技（杭州）有限公司" } },
        "code-unknown-to-registry" => c with { Business = null },
        "checksum-fails-but-registry-knows" => c.WithSubject(s => s with { CertificateNumber = "91330106673959654Q" }).WithDomain(d => d with { HolderCertificateNumber = "91330106673959654Q" }),
        "address-in-another-province" => c.WithSubject(s => s with { CertificateAddress = "江苏省南京市鼓楼区中山路1号" }),
        "principal-not-legal-rep" => c.WithSubject(s => s with { Principal = CleanDraft.Person with { Name = "王五", CertificateNumber = "110105194912310046", Mobile = "13905710000" } }).WithWebsite(w => w with { Principal = CleanDraft.Person with { Name = "王五", CertificateNumber = "110105194912310046", Mobile = "13905710000" } }),
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    [Theory]
    [InlineData("13", 150, false)]
    [InlineData("13", 200, true)]
    [InlineData("11", 100, true)]
    [InlineData("11", 80, false)]
    public void AnAuthorisationLettersAge_FollowsTheProvince_R_DOC_10_R_DOC_11_R_PROV_HE_01(string province, int daysOld, bool tooOld)
    {
        var c = CleanDraft.Individual(province).WithSubject(s => s with { ProvinceCode = "11" }) with
        {
            Documents = [.. CleanDraft.PersonalDocuments, new(DocumentKinds.AuthorisationLetter, "subject.principal", CleanDraft.Today.AddDays(-daysOld), null)],
        };
        var finding = RuleBook.Run(c).SingleOrDefault(f => f.PrimaryId == "R-DOC-10");
        Assert.Equal(tooOld, finding is not null);

        // R-DOC-10 (issue #16): the finding names only the order's own province's override, never another province's.
        var others = new[] { "R-PROV-HE-01", "R-PROV-SC-01", "R-PROV-HN-02", "R-PROV-HB-02" }.Where(r => province != "13" || r != "R-PROV-HE-01");
        Assert.All(others, other => Assert.DoesNotContain(other, finding?.RuleIds ?? []));
        if (finding is not null && province == "13")
        {
            Assert.Contains("R-PROV-HE-01", finding.RuleIds);
            Assert.Contains("R-DOC-11", finding.RuleIds);
        }
    }

    [Theory]
    [InlineData("15", "PublicInstitution", "FirstFiling", "R-PROV-NM-01")]
    [InlineData("23", "GovernmentBody", "NewWebsiteSubjectElsewhere", "R-PROV-HL-01")]
    [InlineData("65", "Enterprise", "FirstFiling", "R-PROV-XJ-01")]
    public void ProvinceDocuments_AreRequiredWhereTheProvinceAsks(string province, string nature, string type, string rule)
    {
        var c = CleanDraft.Organisation(province) with { Type = Enum.Parse<FilingType>(type) };
        c = c.WithSubject(s => s with { Nature = Enum.Parse<SubjectNature>(nature), CertificateAddress = Provinces.FindByCode(province)!.Name + "某市某路1号" });
        Assert.Contains(RuleBook.Run(c), f => f.RuleIds.Contains(rule) && f.Severity == Severity.Blocking);
        Assert.DoesNotContain(RuleBook.Run(c with { Province = ProvinceRuleTable.For("11") }), f => f.RuleIds.Contains(rule));
    }

    [Theory]
    [InlineData("individual", "营业执照", true)]
    [InlineData("individual", "护照", false)]
    [InlineData("organisation", "居民身份证", true)]
    [InlineData("organisation", "营业执照", false)]
    public void TheNatureAndTheCertificate_GoTogether_R_SUBJ_01(string nature, string certificateType, bool blocks)
    {
        var draft = nature == "individual" ? CleanDraft.Individual() : CleanDraft.Organisation();
        var checkedDraft = draft.WithSubject(s => s with { CertificateType = certificateType });
        Assert.Equal(blocks, RuleBook.Run(checkedDraft).Any(f => f.PrimaryId == "R-SUBJ-01" && f.Severity == Severity.Blocking));
    }
}
