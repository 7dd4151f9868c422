using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Accounts;

public class SignInTests
{
    [Fact]
    public async Task AnUnknownAddressAndAWrongPassword_GetTheSameAnswer()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = factory.CreateClient();
        var unknown = await client.PostAsJsonAsync("/api/accounts/login", new { email = "nobody@example.com", password = "Wrong#Pass-1" });
        var wrong = await client.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Reviewer, password = "Wrong#Pass-1" });

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(WithoutTrace(await unknown.Content.ReadAsStringAsync()), WithoutTrace(await wrong.Content.ReadAsStringAsync()));
        await unknown.ProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task WrongPasswords_LockOnlyTheClientThatTypedThem_NeverTheAccount()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var attacker = Client(factory, "198.51.100.7");
        for (var i = 0; i < 10; i++)
        {
            await (await attacker.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Reviewer, password = $"Guess#{i}-abc" })).ProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
        }

        // The attacker is locked, even with the right password; the reviewer at their own desk signs in.
        var locked = await attacker.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Reviewer, password = DemoData.Password });
        await locked.ProblemAsync(HttpStatusCode.TooManyRequests, "auth.locked_out");
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var reviewer = Client(factory, "203.0.113.20");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Reviewer, password = DemoData.Password })).StatusCode);

        // An address with no account locks the same way, so the lock tells nothing about which addresses exist.
        for (var i = 0; i < 10; i++)
        {
            await attacker.PostAsJsonAsync("/api/accounts/login", new { email = "ghost@example.com", password = $"Guess#{i}-abc" });
        }

        await (await attacker.PostAsJsonAsync("/api/accounts/login", new { email = "ghost@example.com", password = "x" })).ProblemAsync(HttpStatusCode.TooManyRequests, "auth.locked_out");

        // The lock is a rule on stored times: a quarter of an hour later the client may try again.
        factory.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await attacker.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Reviewer, password = DemoData.Password })).StatusCode);
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerClient_With429AndRetryAfter()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["RateLimits:SignIn:PermitLimit"] = "20" });
        var flooding = Client(factory, "198.51.100.9");
        for (var i = 0; i < 20; i++)
        {
            await flooding.PostAsJsonAsync("/api/accounts/login", new { email = $"x{i}@example.com", password = "x" });
        }

        var refused = await flooding.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Applicant, password = DemoData.Password });
        await refused.ProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // The limit is counted per client: another address is not held up.
        Assert.Equal(HttpStatusCode.OK, (await Client(factory, "198.51.100.10").PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Applicant, password = DemoData.Password })).StatusCode);
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("P@ssw0rd2026")]
    [InlineData("Qwerty123!")]
    [InlineData("Admin@123")]
    [InlineData("!@#123Qwe")]
    public async Task ACommonPassword_IsRefused_EvenWhenItMeetsTheCompositionRules(string password)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/accounts/register", new { email = "new@example.com", password });
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "account.PasswordTooCommon");
    }

    [Fact]
    public async Task TwentyRegistrationsOfOneAddressAtOnce_CreateOneAccount_AndAnswer409ToTheRest()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            factory.CreateClient().PostAsJsonAsync("/api/accounts/register", new { email = "race@example.com", password = TestPeople.Password })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    public static HttpClient Client(PlatformFactory factory, string address)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    private static string WithoutTrace(string json)
    {
        var problem = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        problem.Remove("traceId");
        return JsonSerializer.Serialize(problem);
    }
}
