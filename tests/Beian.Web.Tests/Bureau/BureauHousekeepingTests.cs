using System.Net;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Bureau;

public class BureauHousekeepingTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AWebsiteNoProviderServes_IsCancelledAfterTheProvincesDelay_R_PROV_CFG_25_R_CANCEL_13(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var (applicant, websiteNumber) = await FiledAsync(journey, 141, ["alone-141.cn"], "11");
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(websiteNumber)}/orders", new { type = "CancelAccess" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        Assert.Single((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=alone-141.cn")).EnumerateArray());

        factory.Time.Advance(TimeSpan.FromDays(29));
        await journey.SyncAsync();
        Assert.Single((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=alone-141.cn")).EnumerateArray());

        factory.Time.Advance(TimeSpan.FromDays(1));
        await journey.SyncAsync();
        Assert.Empty((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=alone-141.cn")).EnumerateArray());
        await journey.SyncAsync(); // the provider hears of it after the sync lag
        applicant = await factory.SignInAsync("p141@example.com");
        Assert.Equal("Cancelled", (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("status").GetString());
        var follower = factory.Services.GetRequiredService<GateFollower>();
        await follower.BuildAsync(CancellationToken.None);
        Assert.Equal(Beian.Gate.GateReason.RecordCancelled, factory.Services.GetRequiredService<GateState>().Current.Decide("alone-141.cn"));

        var admin = await factory.SignInAsync(DemoData.Admin);
        var outbox = await admin.GetJsonAsync("/api/sandbox/outbox");
        Assert.Contains(outbox.EnumerateArray(), m => m.GetProperty("body").GetString()!.Contains("备案号已被收回", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyShellSubjectInGuangdong_IsCleanedUpAfterThreeDays_R_PROV_GD_02_R_PROV_CFG_19_R_CANCEL_12()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var (applicant, websiteNumber) = await FiledAsync(journey, 142, ["shell-142.cn", "www2-shell-142.cn"], "44");
        var subjectNumber = websiteNumber[..websiteNumber.LastIndexOf('-')];
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(websiteNumber)}/orders", new { type = "CancelWebsite" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();

        // The subject remains with no website: the public query shows it as an empty shell (空壳主体), and a new filing is blocked.
        var shell = Assert.Single((await factory.CreateClient().GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(subjectNumber)}")).EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, shell.GetProperty("websiteIcpNumber").ValueKind);
        var other = await journey.NewApplicantAsync("other142@example.com");
        var blocked = await other.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(142, "again-142.cn", provinceCode: "44"));
        Assert.Equal("D03", blocked.GetProperty("row").GetString());

        factory.Time.Advance(TimeSpan.FromDays(3));
        await journey.SyncAsync();
        Assert.Empty((await factory.CreateClient().GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(subjectNumber)}")).EnumerateArray());
    }

    private static async Task<(HttpClient Applicant, string WebsiteNumber)> FiledAsync(FilingJourney journey, int person, string[] domains, string province)
    {
        var applicant = await journey.NewApplicantAsync($"p{person}@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(person, domains[0], province), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = System.Text.Json.JsonSerializer.SerializeToElement(FilingJourney.Draft(person, domains[0], code, province));
        var subject = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(draft.GetProperty("subject").GetRawText())!;
        subject["certificateAddress"] = province == "44" ? "广东省深圳市南山区科技园路1号" : "北京市海淀区中关村大街1号";
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", new
        {
            subject,
            websites = new[] { new { name = "个人技术博客", domains, serviceCode = code, principal = FilingJourney.Principal(person) } },
        });
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await journey.ReviewerApprovesAsync(id);
        await journey.VerifySmsAsync(person);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        return (applicant, (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("icpNumber").GetString()!);
    }
}
