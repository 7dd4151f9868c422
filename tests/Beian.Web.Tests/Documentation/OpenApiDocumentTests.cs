using System.Text.Json.Nodes;
using Beian.Tests;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Documentation;

/// <summary>
/// House rule 11: the OpenAPI document is checked in (docs/openapi/beian.json) and any change to the API shows as a
/// diff of it. This test fails when the served document and the checked-in one differ; run it with
/// BEIAN_WRITE_OPENAPI=1 to write the new document, then review and commit the diff.
/// </summary>
public class OpenApiDocumentTests
{
    private static readonly string CheckedIn = Path.Combine(Repository.Root, "docs", "openapi", "beian.json");

    [Fact]
    public async Task TheCheckedInOpenApiDocument_IsTheOneTheApiServes()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var served = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        served.Remove("servers"); // the host the test happens to run on
        var text = served.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable("BEIAN_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CheckedIn, text);
        }

        Assert.True(File.Exists(CheckedIn), "docs/openapi/beian.json is missing: run this test with BEIAN_WRITE_OPENAPI=1 and commit it.");
        Assert.True(text == await File.ReadAllTextAsync(CheckedIn), "The API changed: run this test with BEIAN_WRITE_OPENAPI=1, review the diff of docs/openapi/beian.json and commit it.");
    }

    /// <summary>Issue #17: the document lists the problem responses an endpoint can give, each as problem+json.</summary>
    [Theory]
    [InlineData("/api/review/orders/{id}/approve", "post", "400,401,403,404,409,422")]
    [InlineData("/api/orders/{id}", "get", "401,403,404")]
    [InlineData("/api/miit/sms-verification", "post", "400,409,422,429")]
    public void AnEndpoint_ListsTheProblemResponsesItCanGive(string path, string method, string statuses)
    {
        var document = JsonNode.Parse(File.ReadAllText(CheckedIn))!;
        var responses = document["paths"]![path]![method]!["responses"]!.AsObject();
        var problems = responses.Where(r => r.Value!["content"]?["application/problem+json"] is not null).Select(r => r.Key).Order();
        Assert.Equal(statuses.Split(','), problems);
        Assert.All(responses.Where(r => r.Key.StartsWith('4')), r => Assert.DoesNotMatch("^[A-Z][a-z]", r.Value!["description"]!.GetValue<string>()));
    }
}
