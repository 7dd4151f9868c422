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
            Assert.Equal("尊敬的ICP用户：您的短信核验失败，请您重新验证", answer.GetProperty("message").GetString());
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
        Assert.Equal("尊敬的ICP用户：您暂无待短信核验的备案申请，无需重发短信。", again.GetProperty("message").GetString());
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
