using System.Net;
using System.Text;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Accounts;

/// <summary>API keys for machine clients: shown once, kept hashed, scoped, expiring, revocable, and never a console sign-in.</summary>
public class ApiKeyTests
{
    [Fact]
    public async Task AKeyIsShownOnce_StoredOnlyAsAHash_AndCallsTheApiAsItsAccountWithinItsScope()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("keys@example.com");
        await journey.FiledAsync(applicant, 231, "keys-231.cn");

        var created = await applicant.PostJsonAsync("/api/accounts/me/api-keys", new { name = "计费系统", scopes = new[] { "records:read" }, expiresInDays = 30 }, HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("bk_", secret, StringComparison.Ordinal);
        var listed = Assert.Single((await applicant.GetJsonAsync("/api/accounts/me/api-keys")).EnumerateArray());
        Assert.DoesNotContain(secret, listed.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith(listed.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(listed, "lastUsedAt"));

        var machine = factory.WithApiKey(secret);
        var records = await machine.GetJsonAsync("/api/records");
        Assert.Equal("keys-231.cn", records[0].GetProperty("websites")[0].GetProperty("domains")[0].GetString());
        await (await machine.GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "api_key.scope");
        // A key cannot make keys: a leaked one cannot keep itself alive.
        await (await machine.PostAsync(new Uri("/api/accounts/me/api-keys", UriKind.Relative), Json("{\"name\":\"x\",\"scopes\":[\"records:read\"]}"))).ProblemAsync(HttpStatusCode.Forbidden, "api_key.scope");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, JsonValueKind((await applicant.GetJsonAsync("/api/accounts/me/api-keys"))[0], "lastUsedAt"));

        // The console does not know keys: a page asked with one sends the caller to sign in.
        var page = await machine.GetAsync(new Uri("/console", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.ToString(), StringComparison.Ordinal);

        // Only the hash is kept.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.DataFolder, "beian.db*"))
        {
            Assert.DoesNotContain(secret[^20..], Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ARevokedOrExpiredKeyIsRefusedWithItsReason_AndAnotherAccountCannotRevokeIt()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("revoke@example.com");
        var other = await journey.NewApplicantAsync("revoke-other@example.com");
        var first = await applicant.PostJsonAsync("/api/accounts/me/api-keys", new { name = "脚本", scopes = new[] { "orders:manage" } }, HttpStatusCode.Created);
        var second = await applicant.PostJsonAsync("/api/accounts/me/api-keys", new { name = "短期", scopes = new[] { "orders:manage" }, expiresInDays = 1 }, HttpStatusCode.Created);
        var firstKey = factory.WithApiKey(first.GetProperty("secret").GetString()!);
        var secondKey = factory.WithApiKey(second.GetProperty("secret").GetString()!);
        await firstKey.GetJsonAsync("/api/orders");

        var id = first.GetProperty("key").GetProperty("id").GetGuid();
        await (await other.PostAsync(new Uri($"/api/accounts/me/api-keys/{id}/revoke", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.NotFound, "api_key.not_found");
        await firstKey.GetJsonAsync("/api/orders");
        await applicant.PostJsonAsync($"/api/accounts/me/api-keys/{id}/revoke", null);
        var refused = await (await firstKey.GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key_invalid");
        Assert.Equal("API 密钥已被吊销。", refused.GetProperty("detail").GetString());

        factory.Time.Advance(TimeSpan.FromDays(1));
        var expired = await (await secondKey.GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key_invalid");
        Assert.Contains("已过期", expired.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await factory.WithApiKey("bk_000000000000_" + new string('A', 43)).GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key_invalid");
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"scopes\":[\"records:read\"]}", "api_key.name")]
    [InlineData("{\"name\":\"x\",\"scopes\":[]}", "api_key.scopes")]
    [InlineData("{\"name\":\"x\",\"scopes\":[\"admin\"]}", "api_key.scopes")]
    [InlineData("{\"name\":\"x\",\"scopes\":[\"records:read\"],\"expiresInDays\":731}", "api_key.expiry")]
    public async Task AKeyAskedForBadlyIsRefusedWithWhatToFix(string body, string code)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("badkey@example.com");
        await (await applicant.PostAsync(new Uri("/api/accounts/me/api-keys", UriKind.Relative), Json(body))).ProblemAsync(HttpStatusCode.UnprocessableEntity, code);
        Assert.Empty((await applicant.GetJsonAsync("/api/accounts/me/api-keys")).EnumerateArray());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static System.Text.Json.JsonValueKind JsonValueKind(System.Text.Json.JsonElement element, string property) => element.GetProperty(property).ValueKind;
}
