using System.Net;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Review;

public class ConcurrentReviewTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TwoReviewersApprovingAtOnce_OneSucceedsAndTheOtherGetsAConflict(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("race@example.com");
        var order = await FilingJourney.FileAsync(applicant, 41, "race.cn");
        var id = order.GetProperty("id").GetGuid();
        var first = await factory.SignInAsync(DemoData.Reviewer);
        var second = await factory.SignInAsync(DemoData.Reviewer);
        await first.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        await first.PostJsonAsync($"/api/review/orders/{id}/calls", new { answered = true });

        var answers = await Task.WhenAll(
            first.PostAsync(new Uri($"/api/review/orders/{id}/approve", UriKind.Relative), null),
            second.PostAsync(new Uri($"/api/review/orders/{id}/approve", UriKind.Relative), null));

        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.Conflict, statuses[1]);
        var view = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("AwaitingSmsVerification", view.GetProperty("state").GetString());
        Assert.Single(view.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("transition").GetString() == "T07");
    }
}
