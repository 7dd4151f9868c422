using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beian.Web.Tests.Compliance;

/// <summary>The footer check over real HTTP against test sites on 127.0.0.1, their names in the simulated DNS.</summary>
public class FooterCheckTests
{
    public static TheoryData<string, string?> Footers => new()
    {
        // The footer each test site shows (the website number is put in for {site}, the subject's for {subject}), and the finding expected.
        { "<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">{site}</a>", null },
        { "<a href=\"http://beian.miit.gov.cn\">{site}</a>", null },
        { "© 2026 个人技术博客", "INSP-FOOTER-MISSING-OR-UNLINKED" },
        { "{site}", "INSP-FOOTER-MISSING-OR-UNLINKED" },
        { "<a href=\"https://beian.miit.gov.cn/\">{subject}</a>", "INSP-FOOTER-MISSING-OR-UNLINKED" },
    };

    [Theory]
    [MemberData(nameof(Footers))]
    public async Task EachFooterVariantIsJudgedFromTheRealPage_R_FOOTER_01_R_FOOTER_13(string footer, string? finding)
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("footer@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 201, "footer-201.cn");
        await LoopbackNamesAsync(factory, "footer-201.cn");
        sites.Page("footer-201.cn", footer.Replace("{site}", website, StringComparison.Ordinal).Replace("{subject}", subject, StringComparison.Ordinal));

        var report = await RunAsync(factory, "footer");

        Assert.Equal(1, report.GetProperty("inspected").GetInt32());
        var cases = await CasesAsync(applicant);
        Assert.Equal(finding is null ? [] : [finding], cases.Select(c => c.GetProperty("code").GetString()));
        if (finding is not null)
        {
            Assert.Equal(website, cases[0].GetProperty("target").GetString());
            // R-FOOTER-09, R-FOOTER-10: the notice says what a missing number may cost, and that an unused site is cancelled instead.
            Assert.Contains("罚款", cases[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("注销备案", cases[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
            // Fixed: the next check closes the case.
            sites.Page("footer-201.cn", TestSites.Linked(website));
            await RunAsync(factory, "footer");
            Assert.Equal("Rectified", (await CasesAsync(applicant))[0].GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task DomainsPointingDirectlyAtOnePageShowTheSubjectNumber_ForwardingShowsTheFinalWebsitesNumber_R_FOOTER_03_R_FOOTER_04()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("pointing@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 202, "main-202.cn", moreDomains: ["alias-202.cn"]);
        await LoopbackNamesAsync(factory, "main-202.cn", "alias-202.cn");

        // alias forwards to main: the page shows main's website number.
        sites.Page("main-202.cn", TestSites.Linked(website));
        sites.Forward("alias-202.cn", "main-202.cn");
        await RunAsync(factory, "footer");
        Assert.Empty(await CasesAsync(applicant));

        // Both serve the page directly: now it must show the subject number.
        sites.Page("alias-202.cn", TestSites.Linked(website));
        await RunAsync(factory, "footer");
        var open = Assert.Single(await CasesAsync(applicant));
        Assert.Contains("R-FOOTER-03", open.GetProperty("detail").GetString(), StringComparison.Ordinal);
        sites.Page("main-202.cn", TestSites.Linked(subject));
        sites.Page("alias-202.cn", TestSites.Linked(subject));
        await RunAsync(factory, "footer");
        Assert.Equal("Rectified", (await CasesAsync(applicant))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task ASiteThatCannotBeFetchedGetsANoteSayingWhy_NotACase_AndCommercialContentOpensItsCase()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Platform(sites);
        var logs = new CapturedLogs();
        factory.TestServices.Add(s => s.AddSingleton<ILoggerProvider>(logs));
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("broken@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 203, "shop-203.cn", moreDomains: ["broken-203.cn", "nodns-203.cn"]);
        await LoopbackNamesAsync(factory, "shop-203.cn", "broken-203.cn");
        sites.Page("shop-203.cn", TestSites.Linked(website), content: "新品上市 ￥99 立即购买");
        sites.Status("broken-203.cn", 500);

        var report = await RunAsync(factory, "footer");

        var notes = report.GetProperty("notes").EnumerateArray().ToDictionary(n => n.GetProperty("domain").GetString()!, n => n.GetProperty("outcome").GetString());
        Assert.Equal("HttpStatus", notes["broken-203.cn"]);
        Assert.Equal("DnsFailed", notes["nodns-203.cn"]);
        Assert.Equal(["INSP-CONTENT-COMMERCIAL"], (await CasesAsync(applicant)).Select(c => c.GetProperty("code").GetString()));

        // An expected outcome is one line naming the domain and why, never a stack trace (issue 21).
        var miss = Assert.Single(logs.Entries, e => e.Text.Contains("nodns-203.cn", StringComparison.Ordinal));
        Assert.Null(miss.Exception);
        Assert.DoesNotContain('\n', miss.Text);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null && e.Level < LogLevel.Error);
    }

    [Fact]
    public async Task ASiteThatStopsAnswering_KeepsItsCaseOpen_AndACaseTellsWhatTheLatestInspectionSaw()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("down206@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 206, "down-206.cn");
        await LoopbackNamesAsync(factory, "down-206.cn");
        sites.Page("down-206.cn", "© 2026");
        await RunAsync(factory, "footer");
        var opened = Assert.Single(await CasesAsync(applicant));

        // Found again with another footer: the case says what the latest inspection saw.
        sites.Page("down-206.cn", TestSites.Linked(website, href: "https://example.com/"));
        await RunAsync(factory, "footer");
        var again = Assert.Single(await CasesAsync(applicant));
        Assert.Equal(opened.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.NotEqual(opened.GetProperty("detail").GetString(), again.GetProperty("detail").GetString());

        // Unreachable is a note, never a rectification.
        sites.Status("down-206.cn", 500);
        var report = await RunAsync(factory, "footer");
        Assert.Equal(0, report.GetProperty("closed").GetInt32());
        Assert.Single(await CasesAsync(applicant));
    }

    [Fact]
    public async Task OnlyLiveApprovedSitesAreChecked_AndTheReminderIsAReminderOnly_R_FOOTER_08_R_FOOTER_11()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("live204@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 204, "live-204.cn");
        await FilingJourney.FileAsync(await journey.NewApplicantAsync("pending205@example.com"), 205, "pending-205.cn");
        await LoopbackNamesAsync(factory, "live-204.cn", "pending-205.cn");
        sites.Page("live-204.cn", "© 2026");
        sites.Page("pending-205.cn", "© 2026");

        var report = await RunAsync(factory, "footer");

        Assert.Equal(1, report.GetProperty("inspected").GetInt32());
        Assert.Single(await CasesAsync(applicant));
        var admin = await factory.SignInAsync(DemoData.Admin);
        Assert.Equal(1, (await admin.PostJsonAsync("/api/compliance/footer-reminders", null)).GetProperty("subjects").GetInt32());
        var reminder = Assert.Single((await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray(), m => m.GetProperty("subject").GetString()!.StartsWith("提醒", StringComparison.Ordinal));
        Assert.Contains(website, reminder.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("如已按要求悬挂，请忽略", reminder.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Single(await CasesAsync(applicant));
    }

    internal static PlatformFactory Platform(TestSites sites) => new(Databases.Sqlite, new()
    {
        ["Compliance:HttpPort"] = sites.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Compliance:MainlandRanges:0"] = "127.0.0.0/8",
    });

    /// <summary>Points names at the loopback test sites in the simulated DNS.</summary>
    internal static async Task LoopbackNamesAsync(PlatformFactory factory, params string[] names)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { dns = names.Select(n => new { name = n, addresses = new[] { "127.0.0.1" } }).ToArray() });
    }

    internal static async Task<JsonElement> RunAsync(PlatformFactory factory, string check)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        var reports = await admin.PostJsonAsync("/api/compliance/run", new { checks = new[] { check } });
        return reports[0];
    }

    internal static async Task<List<JsonElement>> CasesAsync(HttpClient applicant) =>
        [.. (await applicant.GetJsonAsync("/api/records/cases")).EnumerateArray()];
}
