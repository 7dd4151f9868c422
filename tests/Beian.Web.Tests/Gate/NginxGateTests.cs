using Beian.Web.Features.Gate;
using Beian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Gate;

/// <summary>The repository's auth_request configuration, run by a real nginx on loopback in front of the platform.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class NginxGateTests
{
    [NginxFact]
    public async Task Nginx_ServesFiledHostsAndShowsTheBlockPageToOthers()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Urls"] = "http://127.0.0.1:0" });
        factory.UseKestrel(0);
        factory.StartServer();
        var platform = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("nginx@example.com");
        var order = await FilingJourney.FileAsync(applicant, 111, "nginx-111.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(111);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);

        await using var nginx = NginxServer.Create(n => File.ReadAllText(n.Deploy("beian-gate.conf",
            ("server 127.0.0.1:5080;", $"server 127.0.0.1:{platform.Port};"),
            ("listen 80;", "listen 127.0.0.1:{port};"),
            ("root /var/www/html;", $"root {n.Folder.FullName}/html;"))));
        await nginx.StartAsync();

        var served = await nginx.GetAsync("www.nginx-111.cn");
        Assert.Equal(200, served.Status);
        Assert.True(served.Body.Contains("served by nginx", StringComparison.Ordinal), await File.ReadAllTextAsync(nginx.ErrorLog));

        var blocked = await nginx.GetAsync("unfiled-112.cn");
        Assert.Equal(403, blocked.Status);
        Assert.Contains("没有有效的ICP备案接入", blocked.Body, StringComparison.Ordinal);
        // The reason is for operators: nginx's subrequest hears it, the visitor does not (ISSUE-NOTES §20).
        Assert.Null(blocked.Header("X-Beian-Gate"));
    }
}
