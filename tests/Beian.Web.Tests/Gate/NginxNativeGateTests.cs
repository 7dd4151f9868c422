using System.Globalization;
using Beian.Gate;
using Beian.Gateway;
using Beian.Tests;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Gate;

/// <summary>
/// nginx's own gate (deploy/nginx/beian-gate-native.conf, decision 0016), run by a real nginx with Debian's Lua module on
/// loopback: the gate's decision table decided by nginx from its base map, from its overlay and from both; a change on
/// the platform carried by the gateway into nginx; nginx deciding on its last data while the platform is down.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class NginxNativeGateTests
{
    private const string FeedKey = "nginx-native-key";

    [Fact]
    public void TheDeployedBlockPage_IsTheOneBlockPageRenders()
    {
        var path = Path.Combine(Repository.Root, "deploy", "nginx", "beian-gate-page.conf");
        if (Environment.GetEnvironmentVariable("BEIAN_WRITE_NGINX") == "1")
        {
            File.WriteAllText(path, NginxFiles.BlockPageConf());
        }

        Assert.True(File.ReadAllText(path) == NginxFiles.BlockPageConf(), "deploy/nginx/beian-gate-page.conf is out of date: run the test with BEIAN_WRITE_NGINX=1");
    }

    [NginxFact]
    public Task EveryHostForm_IsDecidedFromTheBaseMap_AsTheInProcessGateDecidesIt() =>
        DecidesTheTableAsync(GateSnapshot.Build(GateCases.Filed));

    [NginxFact]
    public Task EveryHostForm_IsDecidedFromTheOverlayAlone() =>
        DecidesTheTableAsync(GateSnapshot.Empty);

    [NginxFact]
    public Task EveryHostForm_IsDecidedFromAnOutdatedBaseAndTheOverlayOverIt() =>
        DecidesTheTableAsync(GateSnapshot.Build(new Dictionary<string, GateReason>
        {
            ["example.cn"] = GateReason.Suspended,
            ["www.example.cn"] = GateReason.Allowed,
            ["pending.cn"] = GateReason.Allowed,
            ["gone.cn"] = GateReason.Allowed,
            ["nested.cn"] = GateReason.RecordCancelled,
            ["shop.nested.cn"] = GateReason.Allowed,
            ["www.bad.cn"] = GateReason.Allowed,
            ["cn"] = GateReason.Allowed,
        }));

    /// <summary>nginx holds <paramref name="base"/> as its map and the overlay that makes it the table's snapshot.</summary>
    private static async Task DecidesTheTableAsync(GateSnapshot @base)
    {
        var current = GateSnapshot.Build(GateCases.Filed);
        var changes = new GateBase(@base);
        changes.TouchDifferences(current);
        var overlay = GateOverlay.Compute(current, [changes])
            .ToDictionary(o => NginxFiles.Key(o.Key)!, o => o.Value);

        var control = NginxServer.FreePort();
        await using var nginx = NativeGate(control);
        await NginxFiles.WriteMapAsync(nginx.Data, @base, CancellationToken.None);
        await NginxFiles.WriteGenerationAsync(nginx.Data, 1);
        var key = NginxFiles.ControlKey(nginx.Data);
        await nginx.StartAsync(control);
        var pushed = await PushAsync(control, "replace\n" + NginxFiles.OverlayLines(overlay, DateTimeOffset.UtcNow.ToUnixTimeSeconds()), key);
        Assert.True(pushed.IsSuccessStatusCode, await pushed.Content.ReadAsStringAsync());
        await AllWorkersCurrentAsync(control);

        var wrong = new List<string>();
        foreach (var row in GateCases.Hosts)
        {
            var (host, expected) = ((string)row[0], (GateReason)row[1]);
            var answer = await nginx.GetAsync(host);
            var reason = answer.Header("X-Beian-Gate");
            var right = expected == GateReason.Allowed
                ? answer.Status == 200 && answer.Body.Contains("served by nginx", StringComparison.Ordinal) && reason == "allowed"
                : answer.Status == 403 && answer.Body.Contains("没有有效的ICP备案接入", StringComparison.Ordinal)
                    && answer.Body.Contains(expected.Explain(), StringComparison.Ordinal) && reason == expected.Code();
            if (!right)
            {
                wrong.Add($"{host}: expected {expected.Code()}, nginx answered {answer.Status} {reason}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong) + "\n" + await File.ReadAllTextAsync(nginx.ErrorLog));
    }

    [NginxFact]
    public async Task TheBlockPage_NamesTheHost_AndOrdinaryVisitorsAreNotToldTheReason()
    {
        var control = NginxServer.FreePort();
        await using var nginx = NativeGate(control, diagnosis: "192.0.2.0/24");
        await nginx.StartAsync(control);

        var blocked = await nginx.GetAsync("unfiled-7.cn");
        Assert.Equal(403, blocked.Status);
        Assert.Contains("<code>unfiled-7.cn</code>", blocked.Body, StringComparison.Ordinal);
        Assert.Null(blocked.Header("X-Beian-Gate"));
        Assert.StartsWith("text/html", blocked.Header("Content-Type"), StringComparison.Ordinal);

        // A host nginx lets through but that could carry markup is not written into the page.
        var markup = await nginx.GetAsync("x<b>y.cn");
        Assert.Equal(403, markup.Status);
        Assert.DoesNotContain("<b>", markup.Body, StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task APushWithoutTheControlKey_IsRefused_AndChangesNothing()
    {
        var control = NginxServer.FreePort();
        await using var nginx = NativeGate(control);
        var key = NginxFiles.ControlKey(nginx.Data);
        await nginx.StartAsync(control);

        // A local user who cannot read control.key cannot let an unfiled host through.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await PushAsync(control, "update\nunfiled-9.cn\tallowed\n", null)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await PushAsync(control, "update\nunfiled-9.cn\tallowed\n", "guess")).StatusCode);
        Assert.Equal(403, (await nginx.GetAsync("unfiled-9.cn")).Status);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await PushAsync(control, "update\nunfiled-9.cn\tallowed\n", key)).StatusCode);
    }

    [NginxFact]
    public async Task OnlyTrafficToTheGatedAddressRanges_IsDecided()
    {
        var control = NginxServer.FreePort();
        // R-BLOCK-08: the provider's mainland addresses as a geo block on $server_addr; here 127.0.0.2 is "mainland".
        await using var nginx = NativeGate(control, gated: "geo $server_addr $beian_gated {\n    default 0;\n    127.0.0.2/32 1;\n}", secondAddress: "127.0.0.2");
        await nginx.StartAsync(control);

        Assert.Equal(200, (await NginxServer.RequestAsync(nginx.Port, "unfiled-8.cn")).Status);
        var mainland = await NginxServer.RequestAsync(nginx.Port, "unfiled-8.cn", address: System.Net.IPAddress.Parse("127.0.0.2"));
        Assert.Equal(403, mainland.Status);
        Assert.Equal("no-filing", mainland.Header("X-Beian-Gate"));
    }

    [NginxFact]
    public async Task AChangeOnThePlatform_IsEnforcedByNginx_AndNginxKeepsDecidingWhileThePlatformIsDown()
    {
        using var platform = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false", ["Gate:FeedKey"] = FeedKey });
        var follower = platform.Services.GetRequiredService<GateFollower>();
        var journey = new FilingJourney(platform);
        var applicant = await journey.NewApplicantAsync("nginx-native@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 121, "native-121.cn");
        await follower.BuildAsync(CancellationToken.None);

        var control = NginxServer.FreePort();
        await using var nginx = NativeGate(control);
        await nginx.StartAsync(control);
        await using var upstream = await TestSites.StartAsync();
        using var gateway = new GatewayFactory(platform, FeedKey, upstream.Port, settings: new Dictionary<string, string>
        {
            ["Gateway:Nginx:Folder"] = nginx.Data,
            ["Gateway:Nginx:Control"] = $"http://127.0.0.1:{control}",
            ["Gateway:Nginx:ReloadCommand"] = $"kill -HUP \"$(cat '{nginx.PidFile}')\"",
            ["Gateway:Nginx:RebuildAbove"] = "2",
            ["Gateway:Nginx:DrainTime"] = "00:00:00",
        });
        var sync = gateway.Services.GetRequiredService<NginxGate>();
        async Task StepAsync()
        {
            await follower.RefreshAsync(CancellationToken.None);
            await sync.SyncAsync(await gateway.Mirror.FollowAsync(CancellationToken.None), CancellationToken.None);
        }

        // The first step writes the base map and has nginx load it.
        await StepAsync();
        Assert.Equal(1, sync.Generation);
        Assert.Equal(200, (await nginx.GetAsync("www.native-121.cn")).Status);
        Assert.Equal(403, (await nginx.GetAsync("native-122.cn")).Status);

        // Suspended on the platform (R-BLOCK-07): the next step sends it to nginx's overlay, no reload.
        var admin = await platform.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync($"/api/compliance/websites/{Uri.EscapeDataString(website)}/suspend", new { reason = "违法违规内容" }, System.Net.HttpStatusCode.NoContent);
        await StepAsync();
        await AllWorkersCurrentAsync(control);
        var suspended = await nginx.GetAsync("www.native-121.cn");
        Assert.Equal("suspended", suspended.Header("X-Beian-Gate"));
        Assert.Equal(1, sync.Generation);
        Assert.Equal(1, sync.OverlayCount);

        // Two more websites approved: more changes than the overlay may hold make a new base, loaded without a failed request.
        await journey.FiledAsync(await journey.NewApplicantAsync("nginx-native-2@example.com"), 122, "native-122.cn");
        await journey.FiledAsync(await journey.NewApplicantAsync("nginx-native-3@example.com"), 123, "native-123.cn");
        using var load = new CancellationTokenSource();
        var during = Task.Run(async () =>
        {
            var answers = new List<int>();
            while (!load.IsCancellationRequested)
            {
                answers.Add((await nginx.GetAsync("www.native-121.cn")).Status);
            }

            return answers;
        });
        await StepAsync();
        await load.CancelAsync();
        Assert.All(await during, status => Assert.Equal(403, status));
        Assert.Equal(2, sync.Generation);
        Assert.Equal(200, (await NginxServer.EventuallyAsync(() => nginx.GetAsync("native-123.cn"), r => r.Status == 200, TimeSpan.FromSeconds(1))).Status);
        Assert.Equal(200, (await nginx.GetAsync("native-122.cn")).Status);

        // The platform stops: the gateway cannot follow, nginx decides on what it holds and says how long ago it heard.
        platform.Dispose();
        await Assert.ThrowsAnyAsync<Exception>(() => gateway.Mirror.FollowAsync(CancellationToken.None));
        Assert.Equal(403, (await nginx.GetAsync("www.native-121.cn")).Status);
        Assert.Equal(200, (await nginx.GetAsync("native-123.cn")).Status);
        var status = await StatusAsync(control);
        Assert.Contains("\"generation\":\"2\"", status, StringComparison.Ordinal);
        Assert.Matches("\"ageSeconds\":[0-9.]+", status);

        // nginx itself restarts cold with the gateway and the platform gone: the map and the overlay on disk carry on.
        await nginx.KillAsync();
        await nginx.StartAsync(control);
        Assert.Equal(403, (await nginx.GetAsync("www.native-121.cn")).Status);
        Assert.Equal(200, (await nginx.GetAsync("www.native-123.cn")).Status);
        Assert.Equal(403, (await nginx.GetAsync("native-124.cn")).Status);
    }

    private static async Task<HttpResponseMessage> PushAsync(int control, string body, string? key)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://127.0.0.1:{control}/beian/overlay")) { Content = new StringContent(body) };
        if (key is not null)
        {
            request.Headers.Add(NginxFiles.ControlKeyHeader, key);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Waits (bounded) until every worker has copied the overlay's last version.</summary>
    private static Task<string> AllWorkersCurrentAsync(int control) =>
        NginxServer.EventuallyAsync(() => StatusAsync(control), s => s.Contains("\"workersBehind\":0,", StringComparison.Ordinal), TimeSpan.FromSeconds(1));

    private static async Task<string> StatusAsync(int control)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{control}/beian/status"));
    }

    /// <summary>nginx with the deployed native gate in front of a static site, its control server on <paramref name="control"/>.</summary>
    private static NginxServer NativeGate(int control, string? diagnosis = null, string? gated = null, string? secondAddress = null) => NginxServer.Create(n =>
    {
        var native = n.Deploy("beian-gate-native.conf",
            ("/usr/share/beian-gate", Path.Combine(Repository.Root, "deploy", "nginx")),
            ("/var/lib/beian-gate", n.Data),
            ("127.0.0.1:8089", string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{control}")),
            ("    127.0.0.0/8 1;\n    ::1 1;\n", diagnosis is null ? "    127.0.0.0/8 1;\n    ::1 1;\n" : $"    {diagnosis} 1;\n"),
            ("map beian $beian_gated {\n    default 1;\n}", gated ?? "map beian $beian_gated {\n    default 1;\n}"));
        var page = n.Deploy("beian-gate-page.conf");
        var site = n.Deploy("beian-gate-site.conf");
        return $$"""
            include {{native}};
            include {{page}};
            server {
                listen 127.0.0.1:{port};
                {{(secondAddress is null ? string.Empty : $"listen {secondAddress}:{{port}};")}}
                server_name _;
                root {{n.Folder.FullName}}/html;
                include {{site}};
            }
            """;
    }, lua: true);
}
