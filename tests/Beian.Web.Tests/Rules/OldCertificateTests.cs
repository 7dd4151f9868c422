using System.Net;
using Beian.Bureau;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Rules;

public class OldCertificateTests
{
    private const string CreditCode = "91330106673959654P";
    private const string Name = "杭州旧证科技有限公司";

    [Theory]
    [InlineData("67395965-4")]
    [InlineData("673959654")]
    public async Task R_SUBJ_09_AnOrganisationOnRecordUnderItsOrganisationCode_IsToldToChangeThatRecordFirst(string oldCertificate)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var subjectNumber = await LoadOldRecordAsync(factory, oldCertificate);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("old-certificate@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", new
        {
            provinceCode = "33",
            city = "杭州市",
            nature = "Enterprise",
            certificateType = "营业执照",
            certificateNumber = CreditCode,
            name = Name,
            certificateAddress = "浙江省杭州市西湖区文三路1号",
            domains = new[] { "new-certificate.cn" },
        }, HttpStatusCode.Created);
        Assert.Equal("FirstFiling", order.GetProperty("type").GetString());

        var findings = await applicant.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}/findings");
        var finding = Assert.Single(findings.GetProperty("byField").GetProperty("subject.certificateNumber").EnumerateArray(), f => f.GetProperty("ruleIds")[0].GetString() == "R-SUBJ-09");
        Assert.Contains(subjectNumber, finding.GetProperty("remedy").GetString(), StringComparison.Ordinal);
        Assert.Contains("REJ-MIIT-RECORD-EXISTS", findings.GetProperty("suggestedRejections").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task R_SUBJ_09_TheBureauRejectsAFirstFilingOfAnOrganisationOnRecordUnderItsOrganisationCode()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        await LoadOldRecordAsync(factory, "67395965-4");
        await using var scope = factory.Scope();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var checks = scope.ServiceProvider.GetRequiredService<BureauChecks>();
        BureauApplication FirstFiling(string creditCode)
        {
            var certificate = protector.Seal(creditCode, PersonalDataKind.CertificateNumber);
            var subject = new SubjectDraft("33", "杭州市", SubjectNature.Enterprise, "营业执照", certificate, Name, "浙江省杭州市西湖区文三路1号", "浙江省杭州市西湖区文三路1号", null);
            return new BureauApplication { Id = creditCode, ProviderId = "beian-demo", Type = FilingType.FirstFiling, ProvinceCode = "33", Data = new FilingDraft(subject, []), SubjectCertificateIndex = certificate.Index };
        }

        var zhejiang = ProvinceRuleTable.For("33");
        Assert.Equal("REJ-MIIT-RECORD-EXISTS", Assert.Single(await checks.FindAsync(FirstFiling(CreditCode), zhejiang, CancellationToken.None)).Code);
        Assert.Empty(await checks.FindAsync(FirstFiling("91110108551385082Q"), zhejiang, CancellationToken.None));
    }

    private static async Task<string> LoadOldRecordAsync(PlatformFactory factory, string oldCertificate)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        var loaded = await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[]
            {
                new
                {
                    provinceCode = "33", name = Name, nature = "Enterprise", certificateType = "组织机构代码证", certificateNumber = oldCertificate,
                    websites = new[] { new { name = "旧证科技官网", domains = new[] { "old-certificate.cn" } } },
                },
            },
        });
        return loaded[0].GetProperty("subjectIcpNumber").GetString()!;
    }
}
