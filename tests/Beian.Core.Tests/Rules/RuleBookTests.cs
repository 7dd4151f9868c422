using Beian.Filings;
using Beian.Reference;
using Beian.Rules;

namespace Beian.Tests.Rules;

public class RuleBookTests
{
    /// <summary>One defect per row: the rule ID it must raise, and whether that blocks.</summary>
    public static TheoryData<string, string, Severity> Defects() => new()
    {
        { "tld-not-approved", "R-DOMAIN-06", Severity.Blocking },
        { "not-real-named", "R-DOMAIN-01 R-DOMAIN-08 R-DOMAIN-11", Severity.Warning },
        { "not-in-miit-database", "R-DOMAIN-01 R-DOMAIN-08 R-DOMAIN-11", Severity.Warning },
        { "holder-differs", "R-DOMAIN-02 R-DOMAIN-09 R-DOMAIN-10", Severity.Warning },
        { "holder-certificate-type-differs", "R-DOMAIN-03", Severity.Warning },
        { "holder-certificate-number-differs", "R-DOMAIN-04", Severity.Warning },
        { "domain-expired", "R-DOMAIN-05", Severity.Warning },
        { "registrar-not-approved", "R-DOMAIN-07", Severity.Warning },
        { "real-name-yesterday", "R-DOMAIN-12 R-ACCESS-09", Severity.Warning },
        { "server-hold", "R-DOMAIN-13", Severity.Warning },
        { "name-two-chinese-characters", "R-NAME-02", Severity.Blocking },
        { "name-letters-only", "R-NAME-02 R-NAME-03", Severity.Blocking },
        { "name-with-symbol", "R-NAME-03", Severity.Blocking },
        { "name-reserved-prefix", "R-NAME-04", Severity.Blocking },
        { "name-is-domain", "R-NAME-05", Severity.Blocking },
        { "name-sensitive-word", "R-NAME-06", Severity.Blocking },
        { "individual-name-company-word", "R-NAME-07 R-NAME-08", Severity.Warning },
        { "name-blacklisted", "R-NAME-09", Severity.Blocking },
        { "unknown-content-category", "R-CONTENT-07", Severity.Blocking },
        { "address-without-house-number", "R-SUBJ-04", Severity.Warning },
        { "individual-id-from-other-province", "R-SUBJ-06 R-PHONE-03", Severity.Warning },
        { "subject-blacklisted", "R-SUBJ-12", Severity.Blocking },
        { "on-record-under-old-certificate", "R-SUBJ-09", Severity.Warning },
        { "emergency-phone-landline", "R-PRIN-04 R-PHONE-01", Severity.Blocking },
        { "mobile-not-a-mobile", "R-PRIN-04 R-PHONE-01", Severity.Blocking },
        { "landline-without-dash", "R-PHONE-02", Severity.Blocking },
        { "landline-area-code-of-five-digits", "R-PHONE-02", Severity.Blocking },
        { "landline-number-of-six-digits", "R-PHONE-02", Severity.Blocking },
        { "mobile-from-another-province", "R-PHONE-03", Severity.Warning },
        { "same-person-different-mobile", "R-PRIN-05 R-CHG-12", Severity.Blocking },
        { "principal-under-other-subject", "R-PRIN-07", Severity.Warning },
        { "principal-id-expiring", "R-PRIN-08", Severity.Blocking },
        { "name-differs-from-identity-database", "R-FACE-02", Severity.Blocking },
        { "website-principal-id-not-uploaded", "R-DOC-01 R-DOC-03", Severity.Blocking },
        { "uploaded-id-expiring", "R-DOC-09", Severity.Blocking },
        { "authorisation-letter-four-months-old", "R-DOC-10", Severity.Blocking },
        { "number-used-by-other-subject", "R-PRIN-11", Severity.Warning },
        { "regulated-sector-name", "R-PREAPP-01 R-PREAPP-02", Severity.Warning },
        { "domain-already-resolves", "R-WEB-05", Severity.Blocking },
        { "pre-approval-expires-today", "R-PREAPP-03", Severity.Blocking },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void ADraftWithOneDefect_GetsExactlyTheDocumentedFinding(string defect, string ruleIds, Severity severity)
    {
        // A defect may break more than one documented rule (a Latin-only name also lacks Chinese characters), and a
        // person in two roles is reported at each: every finding is one of the expected, and each expected one appears.
        var expected = ruleIds.Split(' ');
        var findings = RuleBook.Run(Apply(defect, CleanDraft.Individual()));
        Assert.Equal(expected.Order(), findings.SelectMany(f => f.RuleIds).Distinct().Order());
        Assert.All(findings, finding =>
        {
            Assert.Equal(severity, finding.Severity);
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            Assert.False(string.IsNullOrWhiteSpace(finding.Remedy));
            if (!Beian.Reference.SpecMessages.Leads(finding.Message, finding.RuleIds))
            {
                // Our own words use full-width punctuation; the spec's messages are quoted as they are.
                Assert.DoesNotContain(",", finding.Message, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void CleanDrafts_GetNoFinding()
    {
        Assert.Empty(RuleBook.Run(CleanDraft.Individual()));
        Assert.Empty(RuleBook.Run(CleanDraft.Organisation()));
    }

    [Theory]
    [InlineData("010-88881234")]
    [InlineData("0571-8888123")]
    [InlineData("0571-88881234")]
    public void R_PHONE_02_ALandlineWithAreaCodeDashAndNumberPasses(string landline) =>
        Assert.Empty(RuleBook.Run(SamePerson(CleanDraft.Individual(), CleanDraft.Person with { Landline = landline })));

    [Fact]
    public void EveryFindingNamesItsRejectionReasonFromTheCatalog()
    {
        foreach (var rule in RuleBook.All)
        {
            Assert.All(rule.Ids, id => Assert.Matches("^R-[A-Z]+(-[A-Z]+)?-\\d{2}$", id));
        }

        foreach (var (defect, _, _) in Defects().Select(r => ((string)r[0], r[1], r[2])))
        {
            foreach (var finding in RuleBook.Run(Apply(defect, CleanDraft.Individual())).Where(f => f.RejectionCode is not null))
            {
                Assert.NotNull(RejectionCatalog.Find(finding.RejectionCode!));
            }
        }
    }

    private static RuleContext Apply(string defect, RuleContext c) => defect switch
    {
        "tld-not-approved" => c.WithWebsite(w => w with { Domains = ["zhangsan.io"] }) with { Domains = new Dictionary<string, DomainRegistration> { ["zhangsan.io"] = c.Domains["zhangsan.cn"] with { Domain = "zhangsan.io" } } },
        "not-real-named" => c.WithDomain(d => d with { RealNameVerifiedOn = null, InMiitDatabase = false }),
        "not-in-miit-database" => c.WithDomain(d => d with { InMiitDatabase = false }),
        "holder-differs" => c.WithDomain(d => d with { HolderName = "王五" }),
        "holder-certificate-type-differs" => c.WithDomain(d => d with { HolderCertificateType = "护照" }),
        "holder-certificate-number-differs" => c.WithDomain(d => d with { HolderCertificateNumber = "110105194912310021" }),
        "domain-expired" => c.WithDomain(d => d with { ExpiresOn = CleanDraft.Today.AddDays(-1) }),
        "registrar-not-approved" => c.WithDomain(d => d with { Registrar = "Example Registrar Inc." }),
        "real-name-yesterday" => c.WithDomain(d => d with { RealNameVerifiedOn = CleanDraft.Today.AddDays(-1) }),
        "server-hold" => c.WithDomain(d => d with { Status = "serverHold" }),
        "name-two-chinese-characters" => c.WithWebsite(w => w with { Name = "博客" }),
        "name-letters-only" => c.WithWebsite(w => w with { Name = "myblog" }),
        "name-with-symbol" => c.WithWebsite(w => w with { Name = "张三的博客！" }),
        "name-reserved-prefix" => c.WithWebsite(w => w with { Name = "中国美食博客" }),
        "name-is-domain" => c.WithWebsite(w => w with { Name = "张三的博客", Domains = ["xn--ehq82kz8hdvdqt2b.cn"] }) with { Domains = new Dictionary<string, DomainRegistration> { ["xn--ehq82kz8hdvdqt2b.cn"] = c.Domains["zhangsan.cn"] with { Domain = "xn--ehq82kz8hdvdqt2b.cn" } } },
        "name-sensitive-word" => c.WithWebsite(w => w with { Name = "张三的赌博心得" }),
        "individual-name-company-word" => c.WithWebsite(w => w with { Name = "张三科技博客" }),
        "name-blacklisted" => c with { Conflicts = ConflictFacts.None with { BlacklistedNames = new HashSet<string> { "张三的技术博客" } } },
        "unknown-content-category" => c.WithWebsite(w => w with { ContentCategory = "新闻" }),
        "address-without-house-number" => c.WithSubject(s => s with { CertificateAddress = "北京市海淀区中关村大街" }),
        "individual-id-from-other-province" => c.WithSubject(s => s with { ProvinceCode = "12" }) with { Province = ProvinceRuleTable.For("12") },
        "subject-blacklisted" => c with { Conflicts = ConflictFacts.None with { CertificateBlacklisted = true } },
        "on-record-under-old-certificate" => c with { Conflicts = ConflictFacts.None with { RecordUnderOldCertificate = "浙ICP备2012000001号" } },
        "emergency-phone-landline" => SamePerson(c, CleanDraft.Person with { EmergencyPhone = "010-88888888" }),
        "mobile-not-a-mobile" => SamePerson(c, CleanDraft.Person with { Mobile = "12345" }),
        "landline-without-dash" => SamePerson(c, CleanDraft.Person with { Landline = "01088881234" }),
        "landline-area-code-of-five-digits" => SamePerson(c, CleanDraft.Person with { Landline = "05710-8888123" }),
        "landline-number-of-six-digits" => SamePerson(c, CleanDraft.Person with { Landline = "010-888812" }),
        "mobile-from-another-province" => SamePerson(c, CleanDraft.Person with { Mobile = "13857100000" }), // 浙江省杭州市
        "same-person-different-mobile" => c.WithWebsite(w => w with { Principal = CleanDraft.Person with { Mobile = "13800138001" } }),
        "principal-under-other-subject" => c with { Conflicts = ConflictFacts.None with { PrincipalsUnderOtherSubjects = new HashSet<string> { CleanDraft.PersonId } } },
        "principal-id-expiring" => c with { Identities = new Dictionary<string, IdentityRecord> { [CleanDraft.PersonId] = new(CleanDraft.PersonId, "张三", CleanDraft.Today.AddMonths(2)) } },
        "name-differs-from-identity-database" => c with { Identities = new Dictionary<string, IdentityRecord> { [CleanDraft.PersonId] = new(CleanDraft.PersonId, "张叁", CleanDraft.Today.AddYears(5)) } },
        "number-used-by-other-subject" => c with { Conflicts = ConflictFacts.None with { NumbersUsedByOtherSubjects = new HashSet<string> { "13800138000" } } },
        "pre-approval-expires-today" => c with { Documents = [.. CleanDraft.PersonalDocuments, new(APreApprovalMustBeValid.PreApprovalFile, "websites[0]", null, CleanDraft.Today)] },
        "domain-already-resolves" => c with { ResolvingDomains = new HashSet<string> { "zhangsan.cn" } },
        "regulated-sector-name" => c.WithWebsite(w => w with { Name = "张三的网校课堂" }),
        "website-principal-id-not-uploaded" => c with { Documents = [CleanDraft.PersonalDocuments[0]] },
        "uploaded-id-expiring" => c with { Documents = [CleanDraft.PersonalDocuments[0], CleanDraft.PersonalDocuments[1] with { ExpiresOn = CleanDraft.Today.AddMonths(2) }] },
        "authorisation-letter-four-months-old" => c with { Documents = [.. CleanDraft.PersonalDocuments, new(DocumentKinds.AuthorisationLetter, "websites[0].principal", CleanDraft.Today.AddMonths(-4), null)] },
        _ => throw new ArgumentOutOfRangeException(nameof(defect)),
    };

    /// <summary>Both roles changed alike, so that only the rule under test speaks.</summary>
    private static RuleContext SamePerson(RuleContext c, PersonFacts person) =>
        c.WithSubject(s => s with { Principal = person }).WithWebsite(w => w with { Principal = person });

    [Fact]
    public void AMobileFromAnotherProvince_Blocks_WhereTheProvinceWantsLocalMobiles_R_PROV_CFG_09()
    {
        var c = SamePerson(CleanDraft.Individual(), CleanDraft.Person with { Mobile = "13857100000" });
        var strict = c with { Province = c.Province with { LocalMobileRequired = true } };
        Assert.All(RuleBook.Run(strict), f => Assert.Equal(Severity.Blocking, f.Severity));
        Assert.Contains(RuleBook.Run(strict), f => f.RuleIds.Contains("R-PROV-CFG-09"));
        Assert.DoesNotContain(
            RuleBook.Run(strict with { Subject = strict.Subject with { ProvinceCode = "33" }, Province = strict.Province with { Code = "33" } }),
            f => f.RuleIds.Contains("R-PHONE-03"));
    }
}
