using System.Globalization;
using System.Net;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Compliance;
using Beian.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Beian.Web.Tests.Records;

/// <summary>公安联网备案: the deadline from going live here, what to bring, the number, its footer check and the reminders.</summary>
public class PublicSecurityTests
{
    private const string Number = "京公网安备11010502030143号";

    [Fact]
    public async Task AnApprovedWebsiteShowsItsDeadline_AndWhatTheProviderGives_AndTakesItsNumber()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("gongan@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 261, "gongan-261.cn");
        var synced = DateOnly.FromDateTime(factory.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var url = $"/api/records/{Uri.EscapeDataString(website)}/public-security";

        var filing = await applicant.GetJsonAsync(url);
        Assert.Equal(synced.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), filing.GetProperty("launchedOn").GetString());
        Assert.Equal(synced.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), filing.GetProperty("deadline").GetString());
        Assert.Equal(30, filing.GetProperty("daysLeft").GetInt32());
        var facts = filing.GetProperty("facts");
        Assert.Equal("演示云", facts.GetProperty("providerName").GetString());
        Assert.Equal("云服务器", facts.GetProperty("accessMethod").GetString());
        Assert.NotEmpty(facts.GetProperty("serverIps").EnumerateArray());

        await (await applicant.PutAsync(new Uri(url, UriKind.Relative), JsonContent(new { number = "沪公网安备11010502030143号" }))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "public_security.number");
        await (await applicant.PutAsync(new Uri(url, UriKind.Relative), JsonContent(new { launchedOn = synced.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "public_security.launched_on");
        factory.Time.Advance(TimeSpan.FromDays(5));
        var corrected = await applicant.PutJsonAsync(url, new { launchedOn = synced.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(synced.AddDays(34).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), corrected.GetProperty("deadline").GetString());
        Assert.True(corrected.GetProperty("launchCorrected").GetBoolean());
        var recorded = await applicant.PutJsonAsync(url, new { number = " 京公网安备 11010502030143号", launchedOn = synced.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(Number, recorded.GetProperty("number").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, recorded.GetProperty("daysLeft").ValueKind);

        var pdf = await applicant.GetAsync(new Uri(url + "/agreement", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains(website, text, StringComparison.Ordinal);
        Assert.Contains("云服务器", text, StringComparison.Ordinal);

        var other = await journey.NewApplicantAsync("gongan-other@example.com");
        await (await other.GetAsync(new Uri(url, UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "record.not_found");
    }

    [Fact]
    public async Task TheFooterCheckLooksForTheRecordedNumberByRealHttp_AndItsLinkToThePortal()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = FooterCheckTests.Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("gongan-footer@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 262, "gongan-262.cn");
        await FooterCheckTests.LoopbackNamesAsync(factory, "gongan-262.cn");
        var url = $"/api/records/{Uri.EscapeDataString(website)}/public-security";
        await applicant.PutJsonAsync(url, new { number = Number });

        sites.Page("gongan-262.cn", TestSites.Linked(website) + $" <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">{Number}</a>");
        await FooterCheckTests.RunAsync(factory, "footer");

        Assert.Contains("已显示并链接至公安备案网站", (await applicant.GetJsonAsync(url)).GetProperty("footerCheck").GetString(), StringComparison.Ordinal);

        sites.Page("gongan-262.cn", TestSites.Linked(website) + $" <span>{Number}</span>");
        await FooterCheckTests.RunAsync(factory, "footer");
        Assert.Contains("未链接至", (await applicant.GetJsonAsync(url)).GetProperty("footerCheck").GetString(), StringComparison.Ordinal);

        sites.Page("gongan-262.cn", TestSites.Linked(website));
        await FooterCheckTests.RunAsync(factory, "footer");
        Assert.Contains("未显示公安备案号", (await applicant.GetJsonAsync(url)).GetProperty("footerCheck").GetString(), StringComparison.Ordinal);
        // The ICP number is in order: the public-security number opens no inspection case.
        Assert.Empty(await FooterCheckTests.CasesAsync(applicant));
    }

    [Fact]
    public async Task TheOwnerIsRemindedAWeekBeforeAndOnTheLastDay_OnceEach_AndNotOnceTheNumberIsRecorded()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("gongan-remind@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 263, "gongan-263.cn");
        var neighbour = await journey.NewApplicantAsync("gongan-remind-2@example.com");
        var (_, second) = await journey.FiledAsync(neighbour, 264, "gongan-264.cn");
        var admin = await factory.SignInAsync(DemoData.Admin);
        async Task<List<string>> RemindersAsync() =>
            [.. (await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray().Select(m => m.GetProperty("subject").GetString()!).Where(s => s.Contains("公安联网备案", StringComparison.Ordinal))];

        await factory.SweepAsync();
        Assert.Empty(await RemindersAsync());
        await neighbour.PutJsonAsync($"/api/records/{Uri.EscapeDataString(second)}/public-security", new { number = "京公网安备11010502030144号" });

        factory.Time.Advance(TimeSpan.FromDays(23));
        await factory.SweepAsync();
        await factory.SweepAsync();
        var weekBefore = Assert.Single(await RemindersAsync());
        Assert.Contains(website, weekBefore, StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromDays(7));
        await factory.SweepAsync();
        await factory.SweepAsync();
        Assert.Equal(2, (await RemindersAsync()).Count);
        Assert.Contains(await RemindersAsync(), s => s.StartsWith("今天是网站", StringComparison.Ordinal));

        factory.Time.Advance(TimeSpan.FromDays(3));
        await factory.SweepAsync();
        Assert.Equal(2, (await RemindersAsync()).Count);
    }

    private static StringContent JsonContent(object body) => new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
