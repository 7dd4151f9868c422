using System.Net;
using System.Text;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Rules;

public class RegistryCsvImportTests
{
    [Fact]
    public async Task RegistryEntriesImportedAsCsv_AreWhatTheChecksSee()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var csv = "domain,holderName,holderCertificateType,holderCertificateNumber,registrar,expiresOn,realNameVerifiedOn\n"
            + $"csv-63.cn,别人,居民身份证,{TestPeople.IdNumber(99)},北京新网数码信息技术有限公司,2030-01-01,2025-01-01\n";
        var loaded = await (await PostCsvAsync(admin, "domains", csv)).ReadJsonAsync();
        Assert.Equal(1, loaded.GetProperty("domains").GetInt32());

        var applicant = await new FilingJourney(factory).NewApplicantAsync("csv63@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(63, "csv-63.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(63, "csv-63.cn", code));
        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        var rules = findings.GetProperty("byField").GetProperty("websites[0].domains[0]").EnumerateArray().Select(f => f.GetProperty("ruleIds")[0].GetString()).ToList();
        Assert.Equal(["R-DOMAIN-02", "R-DOMAIN-04"], rules.Order());
    }

    [Theory]
    [InlineData("domains", "domain,holderName\ncsv-64.cn,别人\n")]
    [InlineData("businesses", "creditCode,name,legalRepresentative,licenceExpiresOn\n91330106673959654P,某公司,张三,2030-02-30\n")]
    [InlineData("identities", "number,name\n,张三\n")]
    public async Task AFaultyCsv_IsRefusedWithItsRow(string registry, string csv)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await (await PostCsvAsync(admin, registry, csv)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.csv_invalid");
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient admin, string registry, string csv) =>
        admin.PostAsync(new Uri($"/api/sandbox/registries/{registry}", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
}
