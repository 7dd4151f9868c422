using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Diagnosis;

public class DiagnosisTests
{
    [Fact]
    public async Task TheDiagnosis_ExplainsEachReasonADomainIsBlocked()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[] { new { provinceCode = "11", name = "别家客户", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(171), websites = new[] { new { name = "别家的网站", domains = new[] { "elsewhere-171.cn" } } } } },
        });
        var applicant = await journey.NewApplicantAsync("diag@example.com");
        var order = await FilingJourney.FileAsync(applicant, 172, "diag-172.cn");

        Assert.Equal(["R-DIAG-04"], await RulesAsync(applicant, "nothing-173.cn"));
        Assert.Equal(["R-DIAG-07"], await RulesAsync(applicant, "www.elsewhere-171.cn"));
        Assert.Equal(["R-DIAG-05"], await RulesAsync(applicant, "diag-172.cn"));
        Assert.Contains("R-DIAG-02", await RulesAsync(applicant, "expired-demo.cn"));
        Assert.Contains("R-DIAG-03", await RulesAsync(applicant, "not-realnamed-demo.cn"));

        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(172);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await factory.SweepAsync();
        Assert.Equal(["R-DIAG-06"], await RulesAsync(applicant, "diag-172.cn"));

        await journey.SyncAsync();
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "www.diag-172.cn", addresses = new[] { "203.0.113.10" } } } });
        var clean = await applicant.GetJsonAsync("/api/diagnosis?domain=www.diag-172.cn");
        Assert.Equal("allowed", clean.GetProperty("gateDecision").GetString());
        Assert.Empty(clean.GetProperty("reasons").EnumerateArray());

        var number = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("icpNumber").GetString()!;
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(number)}/orders", new { type = "CancelAccess" }, System.Net.HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await factory.Services.GetRequiredService<GateFollower>().RefreshAsync(CancellationToken.None);
        var cancelled = await applicant.GetJsonAsync("/api/diagnosis?domain=diag-172.cn");
        Assert.Equal("access-cancelled", cancelled.GetProperty("gateDecision").GetString());
        Assert.Contains("R-DIAG-08", cancelled.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task TheDiagnosisNamesAStaleGate_DnsProblems_OpenInspectionCases_AndSuspension_R_DIAG_01_R_DIAG_08_R_DIAG_09_R_DIAG_10_R_DIAG_11()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Compliance:EmptyShellGrace"] = "00:00:00" });
        var journey = new FilingJourney(factory);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var applicant = await journey.NewApplicantAsync("diagdns@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 174, "diag-174.cn");
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "diag-174.cn", addresses = new[] { "203.0.113.11" } } } });

        // R-DIAG-01: the gate has not yet taken in what every record says is fine: blocked, with no reason of the record's.
        Assert.Equal(["R-DIAG-01"], await RulesAsync(applicant, "diag-174.cn"));
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "diag-174.cn", addresses = Array.Empty<string>() } } });

        Assert.Equal(["R-DIAG-11"], await RulesAsync(applicant, "diag-174.cn"));
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "diag-174.cn", addresses = new[] { "198.51.100.9" } } } });
        Assert.Equal(["R-DIAG-09"], await RulesAsync(applicant, "diag-174.cn"));

        // The empty-shell check opens a case: the diagnosis names it, with its deadline, while access goes on.
        await admin.PostJsonAsync("/api/compliance/run", new { checks = new[] { "dns" } });
        Assert.Equal(["R-DIAG-08", "R-DIAG-09"], await RulesAsync(applicant, "diag-174.cn"));

        await admin.PostJsonAsync($"/api/compliance/websites/{Uri.EscapeDataString(website)}/suspend", new { reason = "违法内容" }, System.Net.HttpStatusCode.NoContent);
        await factory.Services.GetRequiredService<GateFollower>().RefreshAsync(CancellationToken.None);
        var suspended = await applicant.GetJsonAsync("/api/diagnosis?domain=diag-174.cn");
        Assert.Equal("suspended", suspended.GetProperty("gateDecision").GetString());
        Assert.Contains("R-DIAG-10", suspended.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
    }

    private static async Task<List<string?>> RulesAsync(HttpClient client, string domain)
    {
        var view = await client.GetJsonAsync($"/api/diagnosis?domain={domain}");
        Assert.All(view.GetProperty("reasons").EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("nextStep").GetString())));
        return [.. view.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString())];
    }
}
