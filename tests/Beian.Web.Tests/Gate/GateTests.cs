using System.Net;
using Beian.Gate;
using Beian.Web.Features.Gate;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Gate;

public class GateTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheGate_FollowsTheProvidersCopyOfTheRecord(string database)
    {
        using var factory = new PlatformFactory(database, new() { ["Gate:Enabled"] = "false" });
        var follower = factory.Services.GetRequiredService<GateFollower>();
        await follower.BuildAsync(CancellationToken.None);
        var proxy = factory.CreateClient();
        Assert.Equal("no-filing", await CheckAsync(proxy, "gate-101.cn", HttpStatusCode.Forbidden)); // R-BLOCK-01

        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("gate@example.com");
        var order = await FilingJourney.FileAsync(applicant, 101, "gate-101.cn");
        await follower.RefreshAsync(CancellationToken.None);
        Assert.Equal("filing-in-progress", await CheckAsync(proxy, "gate-101.cn", HttpStatusCode.Forbidden)); // R-BLOCK-01, lifecycle §11

        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(101);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await factory.SweepAsync();
        await follower.RefreshAsync(CancellationToken.None);
        // Approved by the bureau, not yet synced here: still blocked (R-BLOCK-03).
        Assert.Equal("filing-in-progress", await CheckAsync(proxy, "gate-101.cn", HttpStatusCode.Forbidden));

        await journey.SyncAsync();
        await follower.RefreshAsync(CancellationToken.None);
        // R-BLOCK-10: approved, synced and accessed here; R-BLOCK-09: the filed domain covers its subdomains.
        foreach (var host in new[] { "gate-101.cn", "WWW.Gate-101.cn:8443", "static.gate-101.cn." })
        {
            Assert.Equal("allowed", await CheckAsync(proxy, host, HttpStatusCode.NoContent));
        }

        var number = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("icpNumber").GetString()!;
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(number)}/orders", new { type = "CancelAccess" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await follower.RefreshAsync(CancellationToken.None);
        Assert.Equal("access-cancelled", await CheckAsync(proxy, "www.gate-101.cn", HttpStatusCode.Forbidden)); // R-BLOCK-04

        using var request = new HttpRequestMessage(HttpMethod.Get, "/gate/blocked");
        request.Headers.Add(GateWire.OriginalHostHeader, "www.gate-101.cn");
        var page = await proxy.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("没有有效的ICP备案接入", html, StringComparison.Ordinal);
        Assert.Contains("取消在本接入商的接入", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.IdNumber(101), html, StringComparison.Ordinal);
        Assert.DoesNotContain("测试用户101", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrafficToAddressesOutsideTheMainlandRanges_IsNotGated_R_BLOCK_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:MainlandRanges:0"] = "47.96.0.0/16" });
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        var proxy = factory.CreateClient();
        using var outside = new HttpRequestMessage(HttpMethod.Get, "/gate/check");
        outside.Headers.Add(GateWire.OriginalHostHeader, "unfiled.cn");
        outside.Headers.Add(GateWire.ServerAddressHeader, "47.242.30.44");
        Assert.Equal(HttpStatusCode.NoContent, (await proxy.SendAsync(outside)).StatusCode);
        using var inside = new HttpRequestMessage(HttpMethod.Get, "/gate/check");
        inside.Headers.Add(GateWire.OriginalHostHeader, "unfiled.cn");
        inside.Headers.Add(GateWire.ServerAddressHeader, "47.96.10.21");
        Assert.Equal(HttpStatusCode.Forbidden, (await proxy.SendAsync(inside)).StatusCode);
    }

    [Fact]
    public async Task ARecordsLife_AtTheGate_ElsewhereAccessedThenOneWebsiteCancelled_R_BLOCK_02_R_CANCEL_04_R_CANCEL_09_R_CANCEL_14()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false" });
        var follower = factory.Services.GetRequiredService<GateFollower>();
        var proxy = factory.CreateClient();
        var miit = factory.CreateClient();
        var journey = new FilingJourney(factory);
        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[]
            {
                new
                {
                    provinceCode = "11", name = "测试用户102", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(102),
                    websites = new[] { new { name = "测试用户102的博客", domains = new[] { "blog-102.cn" } } },
                },
            },
        });
        await follower.BuildAsync(CancellationToken.None);
        Assert.Equal("no-filing", await CheckAsync(proxy, "blog-102.cn", HttpStatusCode.Forbidden)); // approved elsewhere, not accessed here

        var applicant = await journey.NewApplicantAsync("life102@example.com");
        await journey.ApprovedAsync(await FilingJourney.FileAsync(applicant, 102, "blog-102.cn"), 102);
        await journey.ApprovedAsync(await FilingJourney.FileAsync(applicant, 102, "photo-102.cn"), 102);
        await follower.RefreshAsync(CancellationToken.None);
        Assert.Equal("allowed", await CheckAsync(proxy, "blog-102.cn", HttpStatusCode.NoContent));
        Assert.Equal("allowed", await CheckAsync(proxy, "photo-102.cn", HttpStatusCode.NoContent));

        // Cancelling one website: that site is unreachable, the other and the subject stay; its number is gone for good.
        var records = await applicant.GetJsonAsync("/api/records");
        var subjectNumber = records[0].GetProperty("icpNumber").GetString()!;
        var photoNumber = records[0].GetProperty("websites").EnumerateArray().Single(w => w.GetProperty("domains")[0].GetString() == "photo-102.cn").GetProperty("icpNumber").GetString()!;
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(photoNumber)}/orders", new { type = "CancelWebsite" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await follower.RefreshAsync(CancellationToken.None);
        Assert.Equal("record-cancelled", await CheckAsync(proxy, "photo-102.cn", HttpStatusCode.Forbidden));
        Assert.Equal("allowed", await CheckAsync(proxy, "blog-102.cn", HttpStatusCode.NoContent));
        Assert.Single((await miit.GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(subjectNumber)}")).EnumerateArray());
        Assert.Empty((await miit.GetJsonAsync("/api/miit/records?domain=photo-102.cn")).EnumerateArray());

        // Filed again, the domain gets a new number, never the cancelled one.
        await journey.ApprovedAsync(await FilingJourney.FileAsync(applicant, 102, "photo-102.cn"), 102);
        var refiled = (await miit.GetJsonAsync("/api/miit/records?domain=photo-102.cn"))[0].GetProperty("websiteIcpNumber").GetString();
        Assert.NotEqual(photoNumber, refiled);
    }

    internal static async Task<string?> CheckAsync(HttpClient proxy, string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/gate/check");
        request.Headers.Add(GateWire.OriginalHostHeader, host);
        var response = await proxy.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        return response.Headers.GetValues(GateWire.ReasonHeader).Single();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheBenchData_FillsTheCopyInBulk_AndARemovalReachesTheGate(string database)
    {
        using var factory = new PlatformFactory(database);
        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        Assert.Equal(500, (await admin.PostJsonAsync("/api/sandbox/gate-bench/seed", new { count = 500 })).GetInt32());
        var gate = factory.Services.GetRequiredService<GateState>();
        Assert.Equal(Beian.Gate.GateReason.Allowed, gate.Current.Decide("www.bench-499.cn"));

        await admin.PostJsonAsync("/api/sandbox/gate-bench/remove", new { domain = "bench-42.cn" }, HttpStatusCode.NoContent);
        await factory.Services.GetRequiredService<GateFollower>().RefreshAsync(CancellationToken.None);
        Assert.Equal(Beian.Gate.GateReason.NoFiling, gate.Current.Decide("bench-42.cn"));
        Assert.Equal(Beian.Gate.GateReason.Allowed, gate.Current.Decide("bench-43.cn"));
    }
}
