using System.Net;
using System.Text.Json;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

public class ProductVerificationTests
{
    [Fact]
    public async Task R_WEB_01_R_WEB_04_AWebsitesInstanceAndIpComeFromItsServiceCode_NotFromWhatTheApplicantTypes()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("verify-ip@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var codes = await applicant.GetJsonAsync("/api/service-codes");
        var instanceId = codes.EnumerateArray().Single(c => c.GetProperty("value").GetString() == code).GetProperty("instanceId").GetString();
        var instance = (await applicant.GetJsonAsync("/api/instances")).EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId);

        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(41, "verify-ip.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        // An IP typed into the website is no field of the form: the instance's own address is what the order keeps.
        var typed = JsonSerializer.SerializeToNode(FilingJourney.Draft(41, "verify-ip.cn", code), Api.Json)!;
        typed["websites"]![0]!["access"] = JsonSerializer.SerializeToNode(new { instanceId = "i-typed", ip = "1.2.3.4" });
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", typed);
        var website = (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("draft").GetProperty("websites")[0];
        Assert.Equal(instanceId, website.GetProperty("access").GetProperty("instanceId").GetString());
        Assert.Equal(instance.GetProperty("publicIp").GetString(), website.GetProperty("access").GetProperty("ip").GetString());

        // Without a code there is no access information to show.
        typed["websites"]![0]!["serviceCode"] = null;
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", typed);
        website = (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("draft").GetProperty("websites")[0];
        Assert.Equal(JsonValueKind.Null, website.GetProperty("access").ValueKind);
    }

    [Fact]
    public async Task R_WEB_01_AWebsiteMayBeSavedBeforeItsDomainsAreKnown_ButNotSubmittedWithoutOne()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("no-domain@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(42, "no-domain.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = JsonSerializer.SerializeToNode(FilingJourney.Draft(42, "no-domain.cn", code), Api.Json)!;
        draft["websites"]![0]!["domains"] = new System.Text.Json.Nodes.JsonArray();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);
        await FilingJourney.UploadDocumentsAsync(applicant, id);

        var refused = await applicant.PostJsonAsync($"/api/orders/{id}/submit", null, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R-WEB-01", refused.GetProperty("code").GetString());
        Assert.Equal("网站至少须有一个域名", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task R_PROV_CFG_17_AnApprovedWebsiteKeepsTheIpItReported_AndItsCommercialLicence()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("commercial@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(43, "commercial-43.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = JsonSerializer.SerializeToNode(FilingJourney.Draft(43, "commercial-43.cn", code), Api.Json)!;
        draft["websites"]![0]!["commercialLicence"] = "京B2-20260001";
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        var submitted = await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        var ip = submitted.GetProperty("draft").GetProperty("websites")[0].GetProperty("access").GetProperty("ip").GetString();
        await journey.ApprovedAsync(submitted, 43);

        await using var scope = factory.Scope();
        var website = await scope.ServiceProvider.GetRequiredService<Beian.Web.Data.ProviderDb>().RecordWebsites.AsNoTracking().SingleAsync();
        Assert.Equal(ip, website.ReportedIp);
        Assert.Equal("京B2-20260001", website.CommercialLicence);
    }
}
