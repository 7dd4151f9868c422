using Beian.Web.Features.Sandbox;
using Beian.Web.Infrastructure;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Compliance;

/// <summary>The command-line tasks: the inspection with a progress line per check, and reconciliation.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task InspectReportsProgressPerCheck_AndReconcileSummarises_AndAnUnknownCheckIsRefused()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        await journey.FiledAsync(await journey.NewApplicantAsync("cli251@example.com"), 251, "cli-251.cn");
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { blacklist = new[] { new { kind = "unreachable-phone", value = TestPeople.Mobile(251) } } });

        using var inspect = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(factory.Services, ["inspect", "registries", "dns"], inspect, CancellationToken.None));
        var lines = inspect.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("[1/2] registries …", lines[0]);
        // Written to a file, the bar is a line at each tenth: here the start and the end of one subject.
        Assert.Equal("  registries [..............................]   0% 0/1", lines[1]);
        Assert.Equal("  registries [##############################] 100% 1/1", lines[2]);
        Assert.Equal("[1/2] registries：核查 1，新发现 2，已整改 0，未能核查 0", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("  dns [###", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("[2/2] dns：", StringComparison.Ordinal));

        using var reconcile = new StringWriter();
        Assert.Equal(0, await Commands.RunAsync(factory.Services, ["reconcile"], reconcile, CancellationToken.None));
        Assert.StartsWith("对账：比对 1 个网站，差异 0 处", reconcile.ToString(), StringComparison.Ordinal);

        using var refused = new StringWriter();
        Assert.Equal(2, await Commands.RunAsync(factory.Services, ["inspect", "everything"], refused, CancellationToken.None));
        Assert.Contains("未知的核查：everything", refused.ToString(), StringComparison.Ordinal);
    }
}
