using Beian.Compliance;
using Beian.Filings;
using Beian.Rules;

namespace Beian.Tests.Compliance;

public class RecordInspectionTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly InspectedPerson LiSi = new("李四", "居民身份证", "330106198501011231", "13800138000", "13900139000");

    private static InspectedRecord Company(string province = "33", string certificate = "91330106673959654P") => new(
        "浙ICP备2026000001号", province, SubjectNature.Enterprise, "营业执照", certificate, "杭州示例科技有限公司", LiSi,
        [new("浙ICP备2026000001号-1", ["example-tech.cn"], LiSi)]);

    private static RegistryFacts Facts(
        BusinessEntity? business = null,
        IdentityRecord? identity = null,
        DomainRegistration? domain = null,
        string? unreachable = null) => new(
            business ?? new BusinessEntity("91330106673959654P", "杭州示例科技有限公司", "李四", "存续", "软件开发", null),
            identity is null ? new Dictionary<string, IdentityRecord>() : new() { [identity.Number] = identity },
            new Dictionary<string, DomainRegistration> { ["example-tech.cn"] = domain ?? Registration("杭州示例科技有限公司", new(2030, 1, 1)) },
            unreachable is null ? new HashSet<string>() : [unreachable],
            Today);

    private static DomainRegistration Registration(string holder, DateOnly expires) =>
        new("example-tech.cn", holder, "营业执照", "91330106673959654P", "阿里云计算有限公司（万网）", expires, "ok", new(2024, 1, 1), true);

    [Fact]
    public void AnAppsBackEndDomainAndPrincipal_AreInspectedAsAWebsitesAre_R_APP_38()
    {
        var record = Company() with { Websites = [new("浙ICP备2026000001号-2A", ["api.example-tech.cn"], LiSi, ServiceType.App)] };
        var facts = Facts(domain: Registration("另一家公司", new(2026, 1, 1)), identity: new(LiSi.CertificateNumber, "李四", new(2026, 6, 1)));

        var findings = RecordInspection.Examine(record, facts);

        Assert.Contains(findings, f => f.Code == "INSP-DOMAIN-EXPIRED" && f.Target == "浙ICP备2026000001号-2A");
        Assert.Contains(findings, f => f.Code == "INSP-DOMAIN-HOLDER-MISMATCH" && f.Target == "浙ICP备2026000001号-2A");
        Assert.Contains(findings, f => f.Code == "INSP-SITE-PRINCIPAL-ID-EXPIRED" && f.Detail.StartsWith("APP负责人", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordTheRegistriesAgreeWith_HasNoFinding() =>
        Assert.Empty(RecordInspection.Examine(Company(), Facts()));

    public static TheoryData<string, string> Findings => new()
    {
        { "renamed", "INSP-HOST-NAME-INVALID" },
        { "revoked", "INSP-HOST-NAME-INVALID" },
        { "deregistered", "INSP-RECORD-UNUSED" }, // R-INSP-04: the organisation no longer exists
        { "old-certificate", "INSP-HOST-CERT-NO-INVALID" },
        { "legal-rep-changed", "INSP-PRINCIPAL-NOT-LEGAL-REP" },
        { "subject-principal-id-expired", "INSP-SUBJECT-PRINCIPAL-ID-EXPIRED" },
        { "phone-unreachable", "INSP-PHONE-INVALID" },
        { "domain-expired", "INSP-DOMAIN-EXPIRED" },
        { "domain-holder-changed", "INSP-DOMAIN-HOLDER-MISMATCH" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void EachRegistryChangeOpensItsFinding_R_INSP_01(string change, string code)
    {
        var registered = new BusinessEntity("91330106673959654P", "杭州示例科技有限公司", "李四", "存续", "软件开发", null);
        var (record, facts) = change switch
        {
            "renamed" => (Company(), Facts(registered with { Name = "杭州新名科技有限公司" })),
            "revoked" => (Company(), Facts(registered with { Status = "吊销" })),
            "deregistered" => (Company(), Facts(registered with { Status = "注销" })),
            "old-certificate" => (Company(certificate: "67395965-4"), Facts()),
            "legal-rep-changed" => (Company(province: "33"), Facts(registered with { LegalRepresentative = "王五" })),
            "subject-principal-id-expired" => (Company(), Facts(identity: new IdentityRecord(LiSi.CertificateNumber, "李四", new(2026, 11, 1)))),
            "phone-unreachable" => (Company(), Facts(unreachable: LiSi.EmergencyPhone)),
            "domain-expired" => (Company(), Facts(domain: Registration("杭州示例科技有限公司", new(2026, 11, 29)))),
            "domain-holder-changed" => (Company(), Facts(domain: Registration("张三", new(2030, 1, 1)))),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        var findings = RecordInspection.Examine(record, facts);

        Assert.Contains(findings, f => f.Code == code);
    }

    [Fact]
    public void AWebsitesFindingsNameTheWebsite_TheSubjectsTheSubject()
    {
        var findings = RecordInspection.Examine(Company(), Facts(
            identity: new IdentityRecord(LiSi.CertificateNumber, "李四", new(2026, 1, 1)),
            domain: Registration("杭州示例科技有限公司", new(2026, 1, 1))));

        Assert.Contains(findings, f => f is { Code: "INSP-SUBJECT-PRINCIPAL-ID-EXPIRED", Target: "浙ICP备2026000001号" });
        Assert.Contains(findings, f => f is { Code: "INSP-SITE-PRINCIPAL-ID-EXPIRED", Target: "浙ICP备2026000001号-1" });
        Assert.Contains(findings, f => f is { Code: "INSP-DOMAIN-EXPIRED", Target: "浙ICP备2026000001号-1" });
    }

    [Fact]
    public void ANewLegalRepresentativeIsAFindingOnlyWhereTheProvinceAsksForTheLegalRepresentative()
    {
        var registered = new BusinessEntity("91330106673959654P", "杭州示例科技有限公司", "王五", "存续", "软件开发", null);

        Assert.DoesNotContain(RecordInspection.Examine(Company(province: "21"), Facts(registered)), f => f.Code == "INSP-PRINCIPAL-NOT-LEGAL-REP");
    }
}
