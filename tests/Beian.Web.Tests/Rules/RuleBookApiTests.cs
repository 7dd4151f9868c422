using System.Net;
using System.Net.Http.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Rules;

public class RuleBookApiTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ABlockingFinding_IsShownByFieldAndRefusesSubmission(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("rules@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(61, "rules-61.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(61, "rules-61.cn", code, websiteName: "博客"));
        await FilingJourney.UploadDocumentsAsync(applicant, id);

        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        Assert.Equal(1, findings.GetProperty("blocking").GetInt32());
        var nameFinding = Assert.Single(findings.GetProperty("byField").GetProperty("websites[0].name").EnumerateArray());
        Assert.Equal("R-NAME-02", nameFinding.GetProperty("ruleIds")[0].GetString());
        Assert.False(string.IsNullOrWhiteSpace(nameFinding.GetProperty("remedy").GetString()));
        // The test domain is not in the registry: a warning that names the rejection the bureau would give.
        Assert.Contains("REJ-DOMAIN-NOT-REALNAME", findings.GetProperty("suggestedRejections").EnumerateArray().Select(r => r.GetString()));

        var refused = await applicant.PostAsync(new Uri($"/api/orders/{id}/submit", UriKind.Relative), null);
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-NAME-02");
        Assert.Equal("Draft", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task TheDemoApplicantsDomain_PassesEveryCheck()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await factory.SignInAsync(DemoData.Applicant);
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var basic = new { provinceCode = "11", nature = "Individual", certificateType = "居民身份证", certificateNumber = "11010519491231002X", name = "张三", certificateAddress = "北京市海淀区中关村大街1号", domains = new[] { "zhangsan.cn" } };
        var order = await applicant.PostJsonAsync("/api/orders", basic, HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var principal = new { name = "张三", certificateType = "居民身份证", certificateNumber = "11010519491231002X", mobile = "13800138000", emergencyPhone = "13900139000", email = "zhangsan@example.com" };
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", new
        {
            subject = new { provinceCode = "11", nature = "Individual", certificateType = "居民身份证", certificateNumber = "11010519491231002X", name = "张三", certificateAddress = "北京市海淀区中关村大街1号", principal },
            websites = new[] { new { name = "张三的技术博客", domains = new[] { "zhangsan.cn", "www.zhangsan.cn" }, serviceCode = code, principal } },
        });

        var missing = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        Assert.Equal(2, missing.GetProperty("blocking").GetInt32()); // R-DOC-01: each principal's ID, per role
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        Assert.Equal(0, findings.GetProperty("blocking").GetInt32());
        Assert.Equal(0, findings.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task CatalogsAndTheProvinceTable_ComeBackOverTheApi()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = await factory.SignInAsync(DemoData.Applicant);
        var provinces = await client.GetJsonAsync("/api/catalog/provinces");
        Assert.Equal(31, provinces.GetArrayLength());
        var guangdong = provinces.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "44");
        Assert.True(guangdong.GetProperty("footerShowsSubjectNumber").GetBoolean());
        Assert.Equal(49, (await client.GetJsonAsync("/api/catalog/rejections")).GetArrayLength());
        Assert.Contains((await client.GetJsonAsync("/api/catalog/rules")).EnumerateArray(), r => r.GetProperty("rule").GetString() == "WebsiteNameMustHaveThreeChineseCharacters");
    }

    [Fact]
    public async Task RegistryEntries_LoadedThroughTheSandbox_AreWhatTheChecksSee()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new
        {
            domains = new[] { new { domain = "Loaded-62.cn", holderName = "别人", holderCertificateType = "居民身份证", holderCertificateNumber = TestPeople.IdNumber(99), registrar = "北京新网数码信息技术有限公司", expiresOn = "2030-01-01", realNameVerifiedOn = "2025-01-01" } },
        });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("loaded@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(62, "loaded-62.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(62, "loaded-62.cn", code));
        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        var rules = findings.GetProperty("byField").GetProperty("websites[0].domains[0]").EnumerateArray().Select(f => f.GetProperty("ruleIds")[0].GetString()).ToList();
        Assert.Equal(["R-DOMAIN-02", "R-DOMAIN-04"], rules.Order());

        var bad = await admin.PostAsJsonAsync("/api/sandbox/registries", new { domains = new[] { new { domain = "not a domain", holderName = "x", holderCertificateType = "x", holderCertificateNumber = "x", registrar = "x", expiresOn = "2030-01-01" } } });
        await bad.ProblemAsync(HttpStatusCode.UnprocessableEntity, "fixture.invalid");
    }

    [Fact]
    public async Task AnUnfiledDomainThatAlreadyResolves_IsRefusedAtTheWebsiteStep_R_WEB_05()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "early-63.cn", addresses = new[] { "203.0.113.63" } } } });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("early@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(63, "early-63.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(63, "early-63.cn", code));
        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        var finding = Assert.Single(findings.GetProperty("byField").GetProperty("websites[0].domains[0]").EnumerateArray(), f => f.GetProperty("ruleIds")[0].GetString() == "R-WEB-05");
        Assert.Equal("该域名目前无备案成功信息,请先关闭域名解析再提交", finding.GetProperty("message").GetString());
        Assert.Equal("Blocking", finding.GetProperty("severity").GetString());
    }
}
