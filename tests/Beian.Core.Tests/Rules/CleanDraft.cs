using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Rules;

/// <summary>A draft that passes every rule, with the registry entries that make it pass; tests change one thing.</summary>
public static class CleanDraft
{
    public static readonly DateOnly Today = new(2026, 11, 30);
    public const string PersonId = "11010519491231002X";
    public const string CreditCode = "91330106673959654P";

    public static readonly PersonFacts Person = new("张三", CertificateTypes.ResidentIdCard, PersonId, "13800138000", "13900139000", "zhangsan@example.com");

    public static readonly IReadOnlyList<DocumentFacts> PersonalDocuments =
    [
        new(DocumentKinds.PrincipalId, "subject.principal", null, Today.AddYears(5)),
        new(DocumentKinds.PrincipalId, "websites[0].principal", null, Today.AddYears(5)),
    ];

    public static RuleContext Individual(string provinceCode = "11") => new RuleContext(
        FilingType.FirstFiling,
        new SubjectFacts(provinceCode, SubjectNature.Individual, CertificateTypes.ResidentIdCard, PersonId, "张三", "北京市海淀区中关村大街1号", Person),
        [new WebsiteFacts("张三的技术博客", ["zhangsan.cn"], "其他", Person) { ServiceCode = "32a43232-a888-88e8-b9ec-00888be80001" }],
        Today,
        ProvinceRuleTable.For(provinceCode),
        new Dictionary<string, DomainRegistration>
        {
            ["zhangsan.cn"] = new("zhangsan.cn", "张三", CertificateTypes.ResidentIdCard, PersonId, "阿里云计算有限公司（万网）", Today.AddYears(1), "ok", Today.AddMonths(-2), true),
        },
        null,
        new Dictionary<string, IdentityRecord> { [PersonId] = new(PersonId, "张三", Today.AddYears(5)) },
        ConflictFacts.None)
    { Documents = PersonalDocuments };

    public static RuleContext Organisation(string provinceCode = "33")
    {
        var legalRep = Person with { Name = "李四", Mobile = "13857100000", EmergencyPhone = "13588000000" }; // Hangzhou ranges
        return new RuleContext(
            FilingType.FirstFiling,
            new SubjectFacts(provinceCode, SubjectNature.Enterprise, CertificateTypes.BusinessLicence, CreditCode, "杭州示例科技有限公司", "浙江省杭州市西湖区文三路90号", legalRep),
            [new WebsiteFacts("示例科技官方网站", ["example-tech.cn"], "其他", legalRep) { ServiceCode = "32a43232-a888-88e8-b9ec-00888be80002" }],
            Today,
            ProvinceRuleTable.For(provinceCode),
            new Dictionary<string, DomainRegistration>
            {
                ["example-tech.cn"] = new("example-tech.cn", "杭州示例科技有限公司", CertificateTypes.BusinessLicence, CreditCode, "阿里云计算有限公司（万网）", Today.AddYears(1), "ok", Today.AddMonths(-2), true),
            },
            new BusinessEntity(CreditCode, "杭州示例科技有限公司", "李四", "存续", "软件开发", null),
            new Dictionary<string, IdentityRecord> { [PersonId] = new(PersonId, "李四", Today.AddYears(5)) },
            ConflictFacts.None)
        {
            Documents = [.. PersonalDocuments, new(DocumentKinds.OrganisationCertificate, "subject", null, null)],
        };
    }

    public static RuleContext WithWebsite(this RuleContext c, Func<WebsiteFacts, WebsiteFacts> change) =>
        c with { Websites = [change(c.Websites[0]), .. c.Websites.Skip(1)] };

    public static RuleContext WithSubject(this RuleContext c, Func<SubjectFacts, SubjectFacts> change) => c with { Subject = change(c.Subject) };

    public static RuleContext WithDomain(this RuleContext c, Func<DomainRegistration, DomainRegistration> change)
    {
        var (key, value) = c.Domains.First();
        return c with { Domains = new Dictionary<string, DomainRegistration> { [key] = change(value) } };
    }
}
