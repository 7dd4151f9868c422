using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Compliance;

/// <summary>The empty-shell website check: a filed domain must resolve into this provider's mainland ranges (R-INSP-06).</summary>
public class EmptyShellCheckTests
{
    [Fact]
    public async Task ADomainResolvingElsewhereOpensACase_PointingItHereClosesIt_WithTheDnsSimulator()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Compliance:MainlandRanges:0"] = "127.0.0.0/8", ["Compliance:EmptyShellGrace"] = "00:00:00" });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("shell@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 211, "shell-211.cn");
        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "shell-211.cn", addresses = new[] { "198.51.100.7" } } } });

        await FooterCheckTests.RunAsync(factory, "dns");

        var open = Assert.Single(await FooterCheckTests.CasesAsync(applicant));
        Assert.Equal("INSP-EMPTY-SHELL-SITE", open.GetProperty("code").GetString());
        Assert.Equal(website, open.GetProperty("target").GetString());
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "www.shell-211.cn", addresses = new[] { "127.0.0.1" } } } });
        await FooterCheckTests.RunAsync(factory, "dns");
        Assert.Equal("Rectified", (await FooterCheckTests.CasesAsync(applicant))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task ANewlyApprovedWebsite_HasItsGraceToLaunch_BeforeTheCheckHoldsItToResolvingHere()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Compliance:MainlandRanges:0"] = "127.0.0.0/8" });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("launch@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 214, "launch-214.cn");
        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = new[] { new { name = "launch-214.cn", addresses = new[] { "198.51.100.7" } } } });

        var report = await FooterCheckTests.RunAsync(factory, "dns");
        Assert.Empty(await FooterCheckTests.CasesAsync(applicant));
        Assert.Contains(report.GetProperty("notes").EnumerateArray(), n => n.GetProperty("outcome").GetString() == "launch-grace" && n.GetProperty("target").GetString() == website);

        factory.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        await FooterCheckTests.RunAsync(factory, "dns");
        Assert.Equal("INSP-EMPTY-SHELL-SITE", Assert.Single(await FooterCheckTests.CasesAsync(applicant)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheSameCheckAsksARealDnsServer_WhenConfiguredForRealDns()
    {
        using var dns = new LoopbackDns();
        using var factory = new PlatformFactory(Databases.Sqlite, new()
        {
            ["Compliance:Dns"] = "System",
            ["Compliance:DnsServers:0"] = dns.Endpoint,
            ["Compliance:MainlandRanges:0"] = "127.0.0.0/8",
            ["Compliance:EmptyShellGrace"] = "00:00:00",
        });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("realdns@example.com");
        await journey.FiledAsync(applicant, 212, "real-212.cn");
        dns.Set("real-212.cn", "198.51.100.8"); // pointed elsewhere once filed (a filing may not resolve before, R-WEB-05)

        var report = await FooterCheckTests.RunAsync(factory, "dns");

        Assert.Equal(1, report.GetProperty("opened").GetInt32());
        dns.Set("real-212.cn", "127.0.0.1");
        await FooterCheckTests.RunAsync(factory, "dns");
        Assert.Equal("Rectified", (await FooterCheckTests.CasesAsync(applicant))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task WithoutConfiguredRanges_TheCheckSaysItCannotDecide_AndOpensNothing()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Compliance:MainlandRanges:0"] = null, ["Compliance:EmptyShellGrace"] = "00:00:00" });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("noranges@example.com");
        await journey.FiledAsync(applicant, 213, "noranges-213.cn");

        var report = await FooterCheckTests.RunAsync(factory, "dns");

        Assert.Equal("not-configured", report.GetProperty("notes")[0].GetProperty("outcome").GetString());
        Assert.Empty(await FooterCheckTests.CasesAsync(applicant));
    }
}
