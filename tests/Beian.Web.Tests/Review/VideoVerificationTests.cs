using System.Net;
using System.Text;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Review;

public class VideoVerificationTests
{
    [Fact]
    public async Task ARecordedCommitmentVideo_FollowsTheScript_InACommonFormat_NeverTwice_R_VID_03_R_VID_04_R_VID_06_R_VID_07_R_VID_09()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (applicant, reviewer, id) = await InReviewAsync(factory, 151);
        var asked = await reviewer.PostJsonAsync($"/api/review/orders/{id}/video", new { method = "Recorded" });
        Assert.Equal("AwaitingApplicant", asked.GetProperty("state").GetString());

        // The script names who speaks and what is read, and it went to the website principal's e-mail.
        var video = await applicant.GetJsonAsync($"/api/orders/{id}/video");
        Assert.Contains("测试用户151本人", video.GetProperty("script").GetString(), StringComparison.Ordinal);
        Assert.Contains("video-151.cn", video.GetProperty("script").GetString(), StringComparison.Ordinal);
        var admin = await factory.SignInAsync(DemoData.Admin);
        Assert.Contains((await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray(), m => m.GetProperty("subject").GetString()!.Contains("承诺视频核验脚本", StringComparison.Ordinal));

        await (await UploadAsync(applicant, id, Encoding.UTF8.GetBytes("not a video at all"))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-VID-04");
        var first = Mp4(1);
        await (await UploadAsync(applicant, id, first)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("InInitialReview", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
        await (await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/approve", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "R-REVIEW-08");

        // Not as scripted: back to the applicant, who may not send the same file again.
        var failed = await reviewer.PostJsonAsync($"/api/review/orders/{id}/video/result", new { outcome = "failed", note = "未读出域名" });
        Assert.Equal("AwaitingApplicant", failed.GetProperty("state").GetString());
        await (await UploadAsync(applicant, id, first)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-VID-07");
        await (await UploadAsync(applicant, id, Mp4(2))).ReadJsonAsync(HttpStatusCode.OK);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/video/result", new { outcome = "passed" });
        var approved = await reviewer.PostJsonAsync($"/api/review/orders/{id}/approve", new { remark = "视频核验通过" });
        Assert.Equal("AwaitingSmsVerification", approved.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ADingTalkCallNotTakenWithinAnHourOfTheAgreedTime_IsRejected_R_VID_01_R_VID_02()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (applicant, reviewer, id) = await InReviewAsync(factory, 152);
        var at = factory.Time.GetUtcNow().AddHours(2);

        // The request waits for the applicant until the time is agreed; their confirmation puts it back in review.
        var booked = await reviewer.PostJsonAsync($"/api/review/orders/{id}/video", new { method = "DingTalk", appointmentAt = at });
        Assert.Equal("AwaitingApplicant", booked.GetProperty("state").GetString());
        Assert.Contains("法定代表人", (await applicant.GetJsonAsync($"/api/orders/{id}/video")).GetProperty("script").GetString(), StringComparison.Ordinal);
        await applicant.PostJsonAsync($"/api/orders/{id}/video/confirm", null);
        Assert.Equal("InInitialReview", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/video/confirm", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "video.not_expected");

        factory.Time.Advance(TimeSpan.FromHours(2.5));
        reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await (await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/video/result", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { outcome = "missed" })))
            .ProblemAsync(HttpStatusCode.Conflict, "R-VID-01");
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        var rejected = await reviewer.PostJsonAsync($"/api/review/orders/{id}/video/result", new { outcome = "missed" });
        Assert.Equal("RejectedByProvider", rejected.GetProperty("state").GetString());
        Assert.Equal("REJ-VIDEO-DINGTALK-MISSED", rejected.GetProperty("rejections")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnApplicantWhoGivesUpTheVideo_IsRejectedForIt_R_VID_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (applicant, reviewer, id) = await InReviewAsync(factory, 153);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/video", new { method = "Recorded" });
        var given = await applicant.PostJsonAsync($"/api/orders/{id}/video/give-up", null);
        Assert.Equal("Abandoned", given.GetProperty("state").GetString());

        // Giving up rejects the order at once, with the catalogue's reason.
        var rejected = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("RejectedByProvider", rejected.GetProperty("state").GetString());
        Assert.Equal("REJ-VIDEO-ABANDONED", rejected.GetProperty("rejections")[0].GetProperty("code").GetString());
    }

    private static async Task<(HttpClient Applicant, HttpClient Reviewer, Guid Id)> InReviewAsync(PlatformFactory factory, int person)
    {
        var applicant = await new FilingJourney(factory).NewApplicantAsync($"video{person}@example.com");
        var order = await FilingJourney.FileAsync(applicant, person, $"video-{person}.cn");
        var id = order.GetProperty("id").GetGuid();
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = true });
        return (applicant, reviewer, id);
    }

    /// <summary>A small file with an MP4 signature; <paramref name="take"/> makes each one different.</summary>
    private static byte[] Mp4(int take) => [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', .. Encoding.ASCII.GetBytes($"take {take}")];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient applicant, Guid id, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(content);
        form.Add(file, "file", "commitment.mp4");
        return await applicant.PostAsync(new Uri($"/api/orders/{id}/video", UriKind.Relative), form);
    }
}
