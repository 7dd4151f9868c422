using System.Net;
using System.Net.Http.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Review;

/// <summary>预约回电 (R-REVIEW-06): a window booked by the applicant, seen by the reviewer, answered by the next call.</summary>
public class CallbackTests
{

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheApplicantBooksACallbackWindow_TheReviewerSeesIt_AndTheNextCallAnswersIt_R_REVIEW_06(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("callback351@example.com");
        var draft = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(351, "callback-351.cn"), HttpStatusCode.Created);
        var now = factory.Time.GetUtcNow();

        // A draft is not reviewed yet: nobody calls.
        await (await applicant.PostAsJsonAsync($"/api/orders/{draft.GetProperty("id").GetGuid()}/callback", new { from = now.AddHours(2), to = now.AddHours(3) }, Api.Json))
            .ProblemAsync(HttpStatusCode.Conflict, "callback.not_in_review");
        await applicant.PostJsonAsync($"/api/orders/{draft.GetProperty("id").GetGuid()}/abandon", null);

        var order = await FilingJourney.FileAsync(applicant, 351, "callback-351.cn");
        var id = order.GetProperty("id").GetGuid();
        foreach (var (from, to) in new[] { (now.AddHours(-1), now.AddHours(1)), (now.AddHours(2), now.AddHours(2).AddMinutes(20)), (now.AddDays(7), now.AddDays(7).AddHours(1)) })
        {
            await (await applicant.PostAsJsonAsync($"/api/orders/{id}/callback", new { from, to }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "callback.window_invalid");
        }

        await applicant.PostJsonAsync($"/api/orders/{id}/callback", new { from = now.AddHours(1), to = now.AddHours(2) }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{id}/callback", new { from = now.AddHours(5), to = now.AddHours(6), note = "请拨打座机" }, HttpStatusCode.Created);

        // One open booking: the newer replaced the older.
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        var booked = await reviewer.GetJsonAsync($"/api/review/orders/{id}/callback");
        Assert.Single(booked.EnumerateArray());
        Assert.Equal("请拨打座机", booked[0].GetProperty("note").GetString());

        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = true, note = "按预约时段致电" });
        var answered = await applicant.GetJsonAsync($"/api/orders/{id}/callback");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, answered[0].GetProperty("answeredAt").ValueKind);
    }
}
