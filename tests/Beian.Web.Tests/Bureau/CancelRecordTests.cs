using System.Net;
using System.Net.Http.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Bureau;

public class CancelRecordTests
{
    [Fact]
    public async Task IllegalContent_TakesTheWholeSubject_BlacklistsIt_AndEveryoneIsTold_R_CANCEL_13_R_CANCEL_18()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("illegal161@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 161, "illegal-161.cn");
        var bureau = await factory.SignInAsync(DemoData.BureauOperator);

        var cancelled = await bureau.PostJsonAsync($"/api/bureau/records/{Uri.EscapeDataString(website)}/cancel", new { cause = "illegal-content", remark = "赌博内容", blacklist = true });
        Assert.Equal(subject, cancelled.GetProperty("icpNumber").GetString());
        Assert.True(cancelled.GetProperty("blacklisted").GetBoolean());
        var miit = factory.CreateClient();
        Assert.Empty((await miit.GetJsonAsync("/api/miit/records?domain=illegal-161.cn")).EnumerateArray());

        // The principal gets MIIT's SMS of the reclaimed number, the query no longer shows it (R-CANCEL-18), and the
        // provider's copy follows once the notice arrives.
        var admin = await factory.SignInAsync(DemoData.Admin);
        Assert.Contains((await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray(), m => m.GetProperty("body").GetString()!.Contains("备案号已被收回", StringComparison.Ordinal));
        await journey.SyncAsync();
        applicant = await factory.SignInAsync("illegal161@example.com");
        Assert.Equal("Cancelled", (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("status").GetString());

        // Blacklisted: the same certificate cannot file again.
        var again = await journey.NewApplicantAsync("again161@example.com");
        var code = await FilingJourney.ServiceCodeAsync(again);
        var order = await again.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(161, "again-161.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await again.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(161, "again-161.cn", code));
        var findings = await again.GetJsonAsync($"/api/orders/{id}/findings");
        Assert.Contains(findings.GetProperty("byField").EnumerateObject().SelectMany(f => f.Value.EnumerateArray()), f => f.GetProperty("ruleIds")[0].GetString() == "R-SUBJ-12");
    }

    [Fact]
    public async Task OnTheOwnersWrittenRequest_OneWebsiteGoes_AndOnlyIllegalContentBlacklists_R_CANCEL_11()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("offline162@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 162, "offline-162.cn", moreDomains: ["offline-162.com"]);
        var bureau = await factory.SignInAsync(DemoData.BureauOperator);

        await (await bureau.PostAsJsonAsync($"/api/bureau/records/{Uri.EscapeDataString(website)}/cancel", new { cause = "because" })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "record.cancel_cause_unknown");
        await (await bureau.PostAsJsonAsync($"/api/bureau/records/{Uri.EscapeDataString(website)}/cancel", new { cause = "owner-request", blacklist = true })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "record.blacklist_not_allowed");
        Assert.Single((await factory.CreateClient().GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(website)}")).EnumerateArray());

        var done = await bureau.PostJsonAsync($"/api/bureau/records/{Uri.EscapeDataString(website)}/cancel", new { cause = "owner-request", remark = "主办者书面申请" });
        Assert.Equal(website, done.GetProperty("icpNumber").GetString());
        Assert.Empty((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=offline-162.com")).EnumerateArray());
        await (await bureau.PostAsJsonAsync($"/api/bureau/records/{Uri.EscapeDataString(website)}/cancel", new { cause = "owner-request" })).ProblemAsync(HttpStatusCode.NotFound, "record.not_found");
        Assert.NotNull(subject);
    }
}
