using System.Net;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Review;

public class ReviewWorkTests
{
    [Fact]
    public async Task ThreeUnansweredCalls_RejectTheOrderWithItsReasonAndRemedy_R_REVIEW_02()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("calls@example.com");
        var order = await FilingJourney.FileAsync(applicant, 131, "calls-131.cn");
        var id = order.GetProperty("id").GetGuid();
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        await (await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/approve", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "R-REVIEW-02");

        await reviewer.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = false });
        await (await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/calls", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { answered = false })))
            .ProblemAsync(HttpStatusCode.Conflict, "R-REVIEW-02");
        factory.Time.Advance(TimeSpan.FromHours(1));
        reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = false });
        var rejected = await reviewer.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = false });
        Assert.Equal("RejectedByProvider", rejected.GetProperty("state").GetString());

        applicant = await factory.SignInAsync("calls@example.com");
        var view = await applicant.GetJsonAsync($"/api/orders/{id}");
        var reason = Assert.Single(view.GetProperty("rejections").EnumerateArray());
        Assert.Equal("REJ-CALL-UNANSWERED", reason.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("remedy").GetString()));
        Assert.Contains("Submit", view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        var admin = await factory.SignInAsync(DemoData.Admin);
        var outbox = await admin.GetJsonAsync("/api/sandbox/outbox");
        Assert.Contains(outbox.EnumerateArray(), m => m.GetProperty("subject").GetString()!.Contains("初审电话未接通", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReviewerAsksForMaterial_AndTheApplicantSuppliesIt_T04_T05_R_REVIEW_08()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("material@example.com");
        var order = await FilingJourney.FileAsync(applicant, 132, "material-132.cn");
        var id = order.GetProperty("id").GetGuid();
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        var asked = await reviewer.PostJsonAsync($"/api/review/orders/{id}/request-material", new { items = "请补充手持身份证照片" });
        Assert.Equal("AwaitingApplicant", asked.GetProperty("state").GetString());

        var draft = await applicant.GetJsonAsync($"/api/orders/{id}/draft");
        Assert.Equal(TestPeople.IdNumber(132), draft.GetProperty("subject").GetProperty("certificateNumber").GetString());
        var supplied = await applicant.PostJsonAsync($"/api/orders/{id}/supply-material", new { text = "已上传" });
        Assert.Equal("InInitialReview", supplied.GetProperty("state").GetString());
        Assert.Equal(["T01", "T03", "T04", "T05"], supplied.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("transition").GetString()).OfType<string>());
    }

    [Fact]
    public async Task AReviewerRejectsOnlyWithCatalogReasons_AndTheApplicantSeesEachWithItsRemedy_R_REVIEW_11()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("reasons@example.com");
        var order = await FilingJourney.FileAsync(applicant, 133, "reasons-133.cn");
        var id = order.GetProperty("id").GetGuid();
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);

        var madeUp = await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/reject", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { reasons = new[] { new { code = "REJ-I-DO-NOT-LIKE-IT" } } }));
        await madeUp.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-REVIEW-11");
        Assert.Equal("InInitialReview", (await applicant.GetJsonAsync($"/api/orders/{id}")).GetProperty("state").GetString());

        await reviewer.PostJsonAsync($"/api/review/orders/{id}/reject", new
        {
            reasons = new object[] { new { code = "REJ-SITE-NAME-INVALID", remark = "名称与内容无关" }, new { code = "REJ-ADDRESS-NOT-IN-PROVINCE" } },
        });
        var view = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("RejectedByProvider", view.GetProperty("state").GetString());
        var reasons = view.GetProperty("rejections").EnumerateArray().ToList();
        Assert.Equal(["REJ-SITE-NAME-INVALID", "REJ-ADDRESS-NOT-IN-PROVINCE"], reasons.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("名称与内容无关", reasons[0].GetProperty("remark").GetString());
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("remedy").GetString())));
        Assert.Contains("Submit", view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString())); // T15 after fixing
    }

    [Fact]
    public async Task ABureauRejection_CanBeAnsweredOnlyOnceItHasReachedTheProvider_R_REVIEW_12()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("synced@example.com");
        var order = await FilingJourney.FileAsync(applicant, 134, "synced-134.cn");
        var id = order.GetProperty("id").GetGuid();
        await journey.ReviewerApprovesAsync(id);
        await journey.VerifySmsAsync(134);
        await journey.SyncAsync();
        var bureau = await factory.SignInAsync(DemoData.BureauOperator);
        var application = (await bureau.GetJsonAsync("/api/bureau/applications?state=InReview")).EnumerateArray().Single().GetProperty("id").GetString();
        await bureau.PostJsonAsync($"/api/bureau/applications/{application}/reject", new { reasons = new[] { new { code = "REJ-SITE-CONTENT-INVALID" } } }, HttpStatusCode.NoContent);

        await factory.SweepAsync(); // within the sync lag: the provider does not know yet
        var before = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("BureauReview", before.GetProperty("state").GetString());
        Assert.Empty(before.GetProperty("allowedActions").EnumerateArray());

        await journey.SyncAsync();
        var after = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("RejectedByBureau", after.GetProperty("state").GetString());
        Assert.Equal(["Abandon", "Submit"], after.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).Order());
    }
}
