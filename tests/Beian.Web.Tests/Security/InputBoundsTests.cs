using System.Net;
using System.Net.Http.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Security;

public class InputBoundsTests
{
    [Fact]
    public async Task AMillionCharacterSubjectName_IsRefusedAtSave_AndNothingChanges()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("long@example.com");
        var form = System.Text.Json.JsonSerializer.SerializeToNode(FilingJourney.BasicInfo(201, "long-201.cn"), Api.Json)!;
        form["name"] = new string('张', 1_000_000);

        var refused = await (await applicant.PostAsJsonAsync("/api/orders", form)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "input.too_long");
        Assert.Equal("name", refused.GetProperty("field").GetString());
        Assert.Empty((await applicant.GetJsonAsync("/api/orders")).EnumerateArray());
    }

    [Theory]
    [InlineData("张三\u0000")]
    [InlineData("\u202E三张")]
    [InlineData("张\u2066三")]
    [InlineData("张三\n")]
    [InlineData("张\u200B三")]
    [InlineData("张三\u2028")]
    [InlineData("张三\uE000")]
    [InlineData("\u3164")]
    [InlineData("张三\U000E0041")]
    public async Task ANameWithControlOrBidiOverrideCharacters_IsRefused(string name)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/accounts/register", new { email = "bidi@example.com", password = TestPeople.Password, displayName = name });
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "input.invalid_characters");
    }

    [Fact]
    public async Task AListOfAThousandDomains_IsRefusedBeforeTheRuleBookSeesIt()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("many@example.com");
        var form = System.Text.Json.JsonSerializer.SerializeToNode(FilingJourney.BasicInfo(204, "many-204.cn"), Api.Json)!;
        form["domains"] = new System.Text.Json.Nodes.JsonArray([.. Enumerable.Range(0, 1000).Select(i => (System.Text.Json.Nodes.JsonNode)$"d{i}.cn")]);
        var refused = await (await applicant.PostAsJsonAsync("/api/orders", form)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "input.too_many");
        Assert.Equal("domains", refused.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AReviewCallWithoutItsAnswer_IsA400NamingIt_EvenBesideOtherMembers()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("call2@example.com");
        var order = await FilingJourney.FileAsync(applicant, 205, "call-205.cn");
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        var id = order.GetProperty("id").GetGuid();
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);
        var refused = await (await reviewer.PostAsJsonAsync($"/api/review/orders/{id}/calls", new { note = "打过了" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("answered", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewCallPostedEmpty_IsA400NamingTheMissingField_NotANoAnswer()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("call@example.com");
        var order = await FilingJourney.FileAsync(applicant, 202, "call-202.cn");
        var id = order.GetProperty("id").GetGuid();
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        await reviewer.PostJsonAsync($"/api/review/orders/{id}/pick-up", null);

        var refused = await (await reviewer.PostAsJsonAsync($"/api/review/orders/{id}/calls", new { })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal("answered", refused.GetProperty("missing")[0].GetString());
        var timeline = (await reviewer.GetJsonAsync($"/api/review/orders/{id}")).GetProperty("timeline").GetRawText();
        Assert.DoesNotContain("无人接听", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadTooLargeForItsSlot_Is413NamingTheSlotsSizeRule()
    {
        // Kestrel itself refuses a body over its limit: the test server has none, so this one runs on a real port.
        using var factory = new PlatformFactory(Databases.Sqlite);
        factory.UseKestrel(0);
        factory.StartServer();
        var applicant = await new FilingJourney(factory).NewApplicantAsync("big@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(203, "big-203.cn"), HttpStatusCode.Created);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(new byte[40 * 1024 * 1024]);
        form.Add(file, "file", "huge.jpg");
        // The client asks first (Expect: 100-continue), as a browser's large upload would be refused before it is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order.GetProperty("id").GetGuid()}/documents") { Content = form };
        request.Headers.ExpectContinue = true;
        var refused = await applicant.SendAsync(request);
        var problem = await refused.ProblemAsync(HttpStatusCode.RequestEntityTooLarge, "R-DOC-04");
        Assert.Contains("4MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
