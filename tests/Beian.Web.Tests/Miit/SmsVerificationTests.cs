using System.Net;
using System.Text.Json;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Miit;

public class SmsVerificationTests
{
    [Fact]
    public async Task FiveWrongEntries_ThenTheSixthAttemptReturnsTheOrder_R_SMS_05_R_SMS_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, applicant, order) = await ForwardedAsync(factory, 121);
        var miit = factory.CreateClient();
        var mobile = TestPeople.Mobile(121);
        var code = await journey.SmsCodeAsync(mobile);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            var answer = await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix = TestPeople.IdNumber(121)[^6..], code = wrong });
            Assert.Equal("尊敬的ICP用户:您的短信核验失败,请您重新验证", answer.GetProperty("message").GetString());
        }

        var sixth = await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix = TestPeople.IdNumber(121)[^6..], code });
        Assert.False(sixth.GetProperty("verified").GetBoolean());
        await journey.SyncAsync();
        var returned = await applicant.GetJsonAsync($"/api/orders/{order}");
        Assert.Equal("ReturnedByMiit", returned.GetProperty("state").GetString());
        Assert.Equal("REJ-SMS-TOO-MANY-ERRORS", returned.GetProperty("rejections")[0].GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(returned.GetProperty("rejections")[0].GetProperty("remedy").GetString()));
    }

    [Fact]
    public async Task TheCodeAlone_IsNotEnough_TheLastSixOfTheIdNumberMustMatch_R_SMS_02()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, applicant, order) = await ForwardedAsync(factory, 127);
        // While the codes are out, the order shows what to do when none arrives (R-SMS-12) or the link fails (R-SMS-10).
        var guidance = (await applicant.GetJsonAsync($"/api/orders/{order}")).GetProperty("guidance").EnumerateArray().Select(g => g.GetProperty("rule").GetString()).ToList();
        Assert.Contains("R-SMS-12", guidance);
        Assert.Contains("R-SMS-10", guidance);
        var miit = factory.CreateClient();
        var mobile = TestPeople.Mobile(127);
        var code = await journey.SmsCodeAsync(mobile);
        var wrongId = await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix = "000000", code });
        Assert.False(wrongId.GetProperty("verified").GetBoolean());
        var right = await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix = TestPeople.IdNumber(127)[^6..], code });
        Assert.True(right.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task AnUnknownMobile_IsNotFoundAndCountsAgainstNothing_R_SMS_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, _, _) = await ForwardedAsync(factory, 122);
        var miit = factory.CreateClient();
        for (var i = 0; i < 7; i++)
        {
            var answer = await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile = "13912345678", idLastSix = "123456", code = "123456" });
            Assert.Equal("该条验证库里找不到记录。", answer.GetProperty("message").GetString());
        }

        var verified = await journey.VerifySmsAsync(122);
        Assert.True(verified.GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task AResentCodeReplacesTheOld_AndNothingIsPendingOnceVerified_R_SMS_07()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, _, _) = await ForwardedAsync(factory, 123);
        var miit = factory.CreateClient();
        var mobile = TestPeople.Mobile(123);
        var idLastSix = TestPeople.IdNumber(123)[^6..];
        var old = await journey.SmsCodeAsync(mobile);
        factory.Time.Advance(TimeSpan.FromMinutes(1)); // so that the outbox's newest-first order tells the two texts apart
        var resent = await miit.PostJsonAsync("/api/miit/sms-resend", new { mobile, idLastSix });
        Assert.True(resent.GetProperty("verified").GetBoolean(), resent.GetProperty("message").GetString());
        var fresh = await journey.SmsCodeAsync(mobile);
        if (fresh != old)
        {
            Assert.False((await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix, code = old })).GetProperty("verified").GetBoolean());
        }

        Assert.True((await miit.PostJsonAsync("/api/miit/sms-verification", new { mobile, idLastSix, code = fresh })).GetProperty("verified").GetBoolean());
        var again = await miit.PostJsonAsync("/api/miit/sms-resend", new { mobile, idLastSix });
        Assert.Equal("尊敬的ICP用户:您暂无待短信核验的备案申请,无需重发短信。", again.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BureauReviewStartsOnlyWhenEveryPrincipalHasVerified_R_SMS_03_R_SMS_11()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("two@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(124, "two-124.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = JsonSerializer.SerializeToElement(FilingJourney.Draft(124, "two-124.cn", code));
        var websites = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(draft.GetProperty("websites").GetRawText())!;
        websites[0]["principal"] = JsonSerializer.SerializeToElement(FilingJourney.Principal(125));
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", new { subject = draft.GetProperty("subject"), websites });
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await journey.ReviewerApprovesAsync(id);

        var first = await journey.VerifySmsAsync(124);
        Assert.Equal("短信核验成功，请等待其他负责人完成核验。", first.GetProperty("message").GetString());
        await journey.SyncAsync();
        Assert.Equal("AwaitingSmsVerification", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
        await journey.VerifySmsAsync(125);
        await journey.SyncAsync();
        Assert.Equal("BureauReview", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task AfterTheWindowTheOrderIsReturned_AndGoesBackUnchangedWithNewCodes_R_SMS_01_R_SMS_04()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, _, order) = await ForwardedAsync(factory, 126);
        factory.Time.Advance(TimeSpan.FromHours(24));
        await factory.SweepAsync();
        await journey.SyncAsync();
        var applicant = await factory.SignInAsync("p126@example.com");
        var returned = await applicant.GetJsonAsync($"/api/orders/{order}");
        Assert.Equal("ReturnedByMiit", returned.GetProperty("state").GetString());
        Assert.Equal("REJ-SMS-TIMEOUT", returned.GetProperty("rejections")[0].GetProperty("code").GetString());

        var resubmitted = await applicant.PostJsonAsync($"/api/orders/{order}/resubmit-to-bureau", null);
        Assert.Equal("AwaitingSmsVerification", resubmitted.GetProperty("state").GetString());
        Assert.True((await journey.VerifySmsAsync(126)).GetProperty("verified").GetBoolean());
        await journey.SyncAsync();
        Assert.Equal("BureauReview", (await applicant.GetJsonAsync($"/api/orders/{order}")).GetProperty("state").GetString());
        Assert.Contains("T11", (await applicant.GetJsonAsync($"/api/orders/{order}")).GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("transition").GetString()));
    }

    [Fact]
    public async Task AResendWithAMobileAndIdThatDoNotBelongTogether_AnswersExactlyAsAnUnknownMobile_R_SMS_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        await ForwardedAsync(factory, 128);
        var miit = factory.CreateClient();
        var wrongPair = await (await miit.PostAsync(new Uri("/api/miit/sms-resend", UriKind.Relative), Json(new { mobile = TestPeople.Mobile(128), idLastSix = "000000" }))).Content.ReadAsStringAsync();
        var unknown = await (await miit.PostAsync(new Uri("/api/miit/sms-resend", UriKind.Relative), Json(new { mobile = "13912345678", idLastSix = "000000" }))).Content.ReadAsStringAsync();
        Assert.Equal(unknown, wrongPair);
        Assert.Contains("该条验证库里找不到记录。", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendsArePacedPerApplication_OnceAMinute_AndFiveTimesABeijingDay()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        await ForwardedAsync(factory, 129);
        var miit = factory.CreateClient();
        var pair = new { mobile = TestPeople.Mobile(129), idLastSix = TestPeople.IdNumber(129)[^6..] };
        await miit.PostJsonAsync("/api/miit/sms-resend", pair);
        var tooSoon = await miit.PostAsync(new Uri("/api/miit/sms-resend", UriKind.Relative), Json(pair));
        await tooSoon.ProblemAsync(HttpStatusCode.TooManyRequests, "sms.resend_too_soon");
        Assert.True(tooSoon.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        for (var i = 2; i <= 5; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.True((await miit.PostJsonAsync("/api/miit/sms-resend", pair)).GetProperty("verified").GetBoolean());
        }

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await (await miit.PostAsync(new Uri("/api/miit/sms-resend", UriKind.Relative), Json(pair))).ProblemAsync(HttpStatusCode.TooManyRequests, "sms.resend_daily_limit");

        // The next Beijing day (the test starts at 10:00 Beijing time) the count starts again, inside the 24-hour window.
        factory.Time.Advance(TimeSpan.FromHours(14));
        Assert.True((await miit.PostJsonAsync("/api/miit/sms-resend", pair)).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task TheMiitPages_AreRateLimitedPerClient_AboveTheSixAttemptsOfTheRule()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["RateLimits:Miit:PermitLimit"] = "20" });
        var sweeper = Accounts.SignInTests.Client(factory, "198.51.100.50");
        for (var i = 0; i < 20; i++)
        {
            var answer = await sweeper.PostJsonAsync("/api/miit/sms-verification", new { mobile = TestPeople.Mobile(900 + i), idLastSix = "123456", code = "123456" });
            Assert.Equal("该条验证库里找不到记录。", answer.GetProperty("message").GetString());
        }

        var refused = await sweeper.PostAsync(new Uri("/api/miit/sms-verification", UriKind.Relative), Json(new { mobile = TestPeople.Mobile(999), idLastSix = "123456", code = "123456" }));
        await refused.ProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.NotNull(refused.Headers.RetryAfter);
        var principal = Accounts.SignInTests.Client(factory, "203.0.113.77");
        await principal.PostJsonAsync("/api/miit/sms-verification", new { mobile = TestPeople.Mobile(999), idLastSix = "123456", code = "123456" });
    }

    [Fact]
    public async Task TwoPrincipalsVerifyingAtTheSameMoment_AreBothCounted()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("both@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(130, "both-130.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(130, "both-130.cn", code, websitePrincipal: 131));
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await journey.ReviewerApprovesAsync(id);

        var answers = await Task.WhenAll(journey.VerifySmsAsync(130), journey.VerifySmsAsync(131));
        Assert.All(answers, a => Assert.True(a.GetProperty("verified").GetBoolean()));
        await journey.SyncAsync();
        Assert.Equal("BureauReview", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body, Api.Json), System.Text.Encoding.UTF8, "application/json");

    private static async Task<(FilingJourney Journey, HttpClient Applicant, Guid Order)> ForwardedAsync(PlatformFactory factory, int person)
    {
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync($"p{person}@example.com");
        var order = await FilingJourney.FileAsync(applicant, person, $"sms-{person}.cn");
        var id = order.GetProperty("id").GetGuid();
        await journey.ReviewerApprovesAsync(id);
        return (journey, applicant, id);
    }
}
