using System.Net;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class OrderRuleTests
{
    [Fact]
    public async Task OneOrderInProgressPerAccount_R_ORDER_01()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("one@example.com");
        await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(81, "one-81.cn"), HttpStatusCode.Created);
        var second = await applicant.PostAsync(new Uri("/api/orders", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(FilingJourney.BasicInfo(81, "two-81.cn")));
        await second.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ORDER-01");
    }

    [Fact]
    public async Task ANewWebsiteBesideAChangeInProgress_IsRefusedNamingTheRule_R_ORDER_04_M_04()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("change86@example.com");
        var (subjectNumber, _) = await journey.FiledAsync(applicant, 86, "change-86.cn");
        await journey.StartRecordOrderAsync(applicant, subjectNumber, "ChangeSubject");

        var refused = await applicant.PostAsync(new Uri("/api/orders", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(FilingJourney.BasicInfo(86, "more-86.cn")));
        var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ORDER-01");
        var ids = problem.GetProperty("findings")[0].GetProperty("ruleIds").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Contains("R-ORDER-04", ids);
        Assert.Contains("变更主体", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneSubjectPerAccount_R_ACCT_01()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("subject@example.com");
        var order = await FilingJourney.FileAsync(applicant, 82, "subject-82.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(82);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();

        var other = await applicant.PostAsync(new Uri("/api/orders", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(FilingJourney.BasicInfo(83, "other-83.cn")));
        await other.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-01");
    }

    [Fact]
    public async Task AnUnfinishedOrder_IsWarnedOfItsExpiryAWeekAheadAndTheDayBefore_EachOnce_R_ORDER_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("warned@example.com");
        var order = await FilingJourney.FileAsync(applicant, 87, "warned-87.cn");
        var number = order.GetProperty("number").GetString()!;
        async Task<int> WarningsAsync()
        {
            await factory.SweepAsync();
            await factory.SweepAsync(); // a second sweep, as another host would run it, adds nothing
            var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
            return (await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray()
                .Count(m => m.GetProperty("channel").GetString() == "email" && m.GetProperty("subject").GetString() == $"备案订单{number}即将失效");
        }

        // Submitted Monday 2026-11-30 10:00 Beijing: it expires 2027-01-14 00:00 Beijing (2027-01-13 16:00 UTC).
        factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 6, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await WarningsAsync());
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await WarningsAsync());
        factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 12, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await WarningsAsync());
        factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 13, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await WarningsAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnUnfinishedOrder_ExpiresAtTheEndOfDay45_ButNotWhileTheBureauHoldsIt_R_ORDER_08(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var waiting = await journey.NewApplicantAsync("waiting@example.com");
        var atBureau = await journey.NewApplicantAsync("at-bureau@example.com");
        var pending = await FilingJourney.FileAsync(waiting, 84, "waiting-84.cn");
        var forwarded = await FilingJourney.FileAsync(atBureau, 85, "bureau-85.cn");
        await journey.ReviewerApprovesAsync(forwarded.GetProperty("id").GetGuid());

        // Submitted Monday 2026-11-30 10:00 Beijing: day 45 ends 2027-01-14 00:00 Beijing.
        factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 13, 15, 59, 0, TimeSpan.Zero));
        await factory.SweepAsync();
        waiting = await factory.SignInAsync("waiting@example.com"); // sign-ins expire too
        atBureau = await factory.SignInAsync("at-bureau@example.com");
        Assert.Equal("PendingInitialReview", (await waiting.GetJsonAsync($"/api/orders/{pending.GetProperty("id").GetGuid()}")).GetProperty("state").GetString());

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.SweepAsync();
        waiting = await factory.SignInAsync("waiting@example.com");
        atBureau = await factory.SignInAsync("at-bureau@example.com");
        var expired = await waiting.GetJsonAsync($"/api/orders/{pending.GetProperty("id").GetGuid()}");
        Assert.Equal("Expired", expired.GetProperty("state").GetString());
        Assert.Equal("T19", expired.GetProperty("timeline").EnumerateArray().Last().GetProperty("transition").GetString());
        // Its service code is free again for another filing.
        var code = expired.GetProperty("draft").GetProperty("websites")[0].GetProperty("serviceCode").GetString();
        var codes = await waiting.GetJsonAsync("/api/service-codes");
        Assert.Equal("Available", codes.EnumerateArray().Single(c => c.GetProperty("value").GetString() == code).GetProperty("state").GetString());

        // The bureau's 24-hour SMS window has long passed, so MIIT returned it; the time at the bureau pushed its expiry back.
        var returned = await atBureau.GetJsonAsync($"/api/orders/{forwarded.GetProperty("id").GetGuid()}");
        Assert.Equal("ReturnedByMiit", returned.GetProperty("state").GetString());
        Assert.True(returned.GetProperty("expiresAt").GetDateTimeOffset() > factory.Time.GetUtcNow());
        Assert.Equal("REJ-SMS-TIMEOUT", returned.GetProperty("rejections")[0].GetProperty("code").GetString());
    }
}
