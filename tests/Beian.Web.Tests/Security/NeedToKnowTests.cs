using System.Net;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Security;

public class NeedToKnowTests
{
    [Fact]
    public async Task TheDiagnosis_ShowsAnotherApplicantOnlyWhatThePublicQueryWould()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var owner = await journey.NewApplicantAsync("owner-191@example.com");
        var order = await FilingJourney.FileAsync(owner, 191, "mine-191.cn");
        var number = order.GetProperty("number").GetString()!;

        var ownView = (await owner.GetJsonAsync("/api/diagnosis?domain=mine-191.cn")).GetRawText();
        Assert.Contains(number, ownView, StringComparison.Ordinal);

        var stranger = await journey.NewApplicantAsync("stranger-192@example.com");
        var strangerView = await stranger.GetJsonAsync("/api/diagnosis?domain=mine-191.cn");
        Assert.DoesNotContain(number, strangerView.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("R-DIAG-05", strangerView.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewer_CannotOpenOrRevealADraftNeverSubmitted()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("draft-193@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(193, "draft-193.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(193, "draft-193.cn", code));

        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await (await reviewer.GetAsync(new Uri($"/api/review/orders/{id}", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "order.not_found");
        await (await reviewer.GetAsync(new Uri($"/api/review/orders/{id}/real-person", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "order.not_found");
        var reveal = await reviewer.PostAsync(new Uri($"/api/review/orders/{id}/reveal", UriKind.Relative), JsonContent(new { field = "subject.principal.mobile", reason = "核对" }));
        await reveal.ProblemAsync(HttpStatusCode.NotFound, "order.not_found");

        // Submitted, it is the reviewers' to open.
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await reviewer.GetJsonAsync($"/api/review/orders/{id}");
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Api.Json), System.Text.Encoding.UTF8, "application/json");
}
