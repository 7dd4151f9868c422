using System.Net;
using System.Net.Http.Json;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

/// <summary>What the confirm step says about a draft is what submission does with it: one list of checks, all at once.</summary>
public class SubmissionReadinessTests
{
    [Fact]
    public async Task ADraftsFindings_NameEveryItemSubmissionRefusesFor_AtOnce()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("ready305@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(305, "ready-305.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        // No website name, no service code, no principals: the findings and the refusal list the same blocking fields.
        var findings = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        var blocking = findings.GetProperty("byField").EnumerateObject()
            .Where(f => f.Value.EnumerateArray().Any(x => x.GetProperty("severity").GetString() == "Blocking"))
            .Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("websites[0].name", blocking);
        Assert.Contains("websites[0].serviceCode", blocking);
        Assert.Contains("websites[0].principal", blocking);

        var refused = await applicant.PostAsync(new Uri($"/api/orders/{id}/submit", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        var refusedFields = problem.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("field").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(blocking, refusedFields);
    }

    [Theory]
    [InlineData("w@x")]
    [InlineData("name@example")]
    [InlineData("name example@example.cn")]
    public async Task APrincipalsEmail_WithoutADomainThatCanReceiveMail_IsRefusedAtTheField(string email)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("mail306@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var id = (await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(306, "mail-306.cn"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var draft = System.Text.Json.JsonSerializer.SerializeToNode(FilingJourney.Draft(306, "mail-306.cn", code))!;
        draft["subject"]!["principal"]!["email"] = email;

        var refused = await applicant.PutAsync(new Uri($"/api/orders/{id}/draft", UriKind.Relative), JsonContent.Create(draft));
        var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "draft.invalid");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == "subject.principal.email");
    }
}
