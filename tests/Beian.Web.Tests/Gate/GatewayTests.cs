using System.Net;
using Beian.Gate;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Gate;

/// <summary>The slim gateway process (Beian.Gateway): it mirrors the platform's gate over the feed and proxies with YARP.</summary>
public class GatewayTests
{
    private const string FeedKey = "gateway-test-key";

    [Fact]
    public async Task TheGateway_ProxiesFiledHosts_ServesTheBlockPageToOthers_AndFollowsThePlatform()
    {
        using var platform = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:FeedKey"] = FeedKey });
        var follower = platform.Services.GetRequiredService<GateFollower>();
        await follower.BuildAsync(CancellationToken.None);
        var journey = new FilingJourney(platform);
        var applicant = await journey.NewApplicantAsync("gateway@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 111, "gateway-111.cn");
        await follower.RefreshAsync(CancellationToken.None);

        await using var upstream = await TestSites.StartAsync();
        upstream.Page("www.gateway-111.cn", "京ICP备", content: "上游网站的首页");
        using var gateway = new GatewayFactory(platform, FeedKey, upstream.Port);
        await gateway.Mirror.FollowAsync(CancellationToken.None);
        var client = gateway.CreateClient();

        // Filed and accessed here: proxied to the upstream with the visitor's Host (R-BLOCK-10, R-BLOCK-09).
        var served = await GetAsync(client, "www.gateway-111.cn");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("上游网站的首页", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Not filed here: the block page, in Chinese, naming the host and nothing else (R-BLOCK-01).
        var blocked = await GetAsync(client, "unfiled-111.cn");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("no-filing", blocked.Headers.GetValues(GateWire.ReasonHeader).Single());
        var page = await blocked.Content.ReadAsStringAsync();
        Assert.Contains("unfiled-111.cn", page, StringComparison.Ordinal);
        Assert.Contains("没有有效的ICP备案接入", page, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.IdNumber(111), page, StringComparison.Ordinal);

        // The reason goes to the operators' networks (loopback here), not to a visitor from elsewhere (ISSUE-NOTES §20).
        using var visitor = new HttpRequestMessage(HttpMethod.Get, "/");
        visitor.Headers.Host = "unfiled-111.cn";
        visitor.Headers.Add(ClientAddressFromHeader.Header, "203.0.113.5");
        var visitorAnswer = await client.SendAsync(visitor);
        Assert.Equal(HttpStatusCode.Forbidden, visitorAnswer.StatusCode);
        Assert.False(visitorAnswer.Headers.Contains(GateWire.ReasonHeader));

        // nginx auth_request against the gateway answers like the platform's endpoint.
        Assert.Equal(HttpStatusCode.NoContent, (await CheckAsync(client, "static.gateway-111.cn")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CheckAsync(client, "unfiled-111.cn")).StatusCode);

        // Suspended on the platform (R-BLOCK-07): the platform's refresh and the gateway's next poll block it.
        var admin = await platform.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync($"/api/compliance/websites/{Uri.EscapeDataString(website)}/suspend", new { reason = "违法违规内容" }, HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "www.gateway-111.cn")).StatusCode);
        await follower.RefreshAsync(CancellationToken.None);
        var version = gateway.Mirror.Version;
        await gateway.Mirror.FollowAsync(CancellationToken.None);
        Assert.True(gateway.Mirror.Version > version);
        var suspended = await GetAsync(client, "www.gateway-111.cn");
        Assert.Equal(HttpStatusCode.Forbidden, suspended.StatusCode);
        Assert.Equal("suspended", suspended.Headers.GetValues(GateWire.ReasonHeader).Single());
    }

    [Fact]
    public async Task AGatewayThatCannotCatchUp_LoadsTheWholeSnapshotAgain()
    {
        using var platform = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:FeedKey"] = FeedKey });
        var follower = platform.Services.GetRequiredService<GateFollower>();
        await follower.BuildAsync(CancellationToken.None);
        await using var upstream = await TestSites.StartAsync();
        using var gateway = new GatewayFactory(platform, FeedKey, upstream.Port);
        await gateway.Mirror.LoadAsync(CancellationToken.None);
        var epoch = gateway.Mirror.Epoch;

        var feed = platform.CreateClient();
        feed.DefaultRequestHeaders.Add(GateWire.KeyHeader, FeedKey);
        var behind = await feed.GetAsync(new Uri("/gate/feed/changes?epoch=another-start&after=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, behind.StatusCode);
        Assert.Contains("gate.feed_behind", await behind.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The platform builds its snapshot anew (as after a restart): the gateway's version no longer bridges, so it reloads.
        await follower.BuildAsync(CancellationToken.None);
        var version = gateway.Mirror.Version;
        await gateway.Mirror.FollowAsync(CancellationToken.None);
        Assert.Equal(epoch, gateway.Mirror.Epoch);
        Assert.Equal(version + 1, gateway.Mirror.Version);
    }

    [Fact]
    public async Task TheGateFeed_IsClosedWithoutTheSharedKey()
    {
        using var platform = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:FeedKey"] = FeedKey });
        var client = platform.CreateClient();
        var anonymous = await client.GetAsync(new Uri("/gate/feed/snapshot", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Contains("gate.feed_key", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unconfigured = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false" });
        var open = unconfigured.CreateClient();
        open.DefaultRequestHeaders.Add(GateWire.KeyHeader, string.Empty);
        Assert.Equal(HttpStatusCode.Forbidden, (await open.GetAsync(new Uri("/gate/feed/snapshot", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AGatewayWithoutTheFeedKey_RefusesToStart()
    {
        using var platform = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:FeedKey"] = FeedKey });
        await using var upstream = await TestSites.StartAsync();
        using var gateway = new GatewayFactory(platform, string.Empty, upstream.Port);
        var refused = Assert.Throws<InvalidOperationException>(() => gateway.CreateClient());
        Assert.Contains("Gateway:FeedKey", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> CheckAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/gate/check");
        request.Headers.Add(GateWire.OriginalHostHeader, host);
        return await client.SendAsync(request);
    }
}
