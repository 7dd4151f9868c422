using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Accounts;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Security;

public partial class HttpHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/miit/query")]
    [InlineData("/api/catalog/rejections")]
    [InlineData("/no-such-page")]
    public async Task EveryAnswer_CarriesTheBrowserSafetyHeaders_AndNoServerHeader(string path)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheConsolePages_HaveNoInlineScriptOrStyle()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        foreach (var role in new[] { DemoData.Applicant, DemoData.Reviewer, DemoData.Admin, DemoData.BureauOperator })
        {
            var browser = factory.CreateClient();
            await browser.PostAsJsonAsync("/api/accounts/login?useCookies=true", new { email = role, password = DemoData.Password });
            foreach (var page in new[] { "/", "/console", "/console/start", "/console/instances", "/workbench", "/bureau", "/admin/compliance", "/admin/staff", "/miit/sms" })
            {
                var html = await (await browser.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();
                Assert.DoesNotMatch(InlineScript(), html);
                Assert.DoesNotMatch(EventHandler(), html);
                Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task BehindATrustedTlsProxy_CookiesAreSecure_AndHstsIsSent_ButAnUntrustedPeerIsNotBelieved()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Http:TrustedProxies:0"] = "10.0.0.5" });
        var viaProxy = SignInTests.Client(factory, "10.0.0.5");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        var signedIn = await viaProxy.PostAsJsonAsync("/api/accounts/login?useCookies=true", new { email = DemoData.Applicant, password = DemoData.Password });
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", signedIn.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        // The same headers from a peer that is not a configured proxy change nothing.
        var direct = SignInTests.Client(factory, "198.51.100.99");
        direct.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var plain = await direct.PostAsJsonAsync("/api/accounts/login?useCookies=true", new { email = DemoData.Applicant, password = DemoData.Password });
        Assert.DoesNotContain(plain.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithNoTrustedProxy_ForwardedHeadersChangeNothing_NotTheClientNorTheScheme()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["RateLimits:SignIn:PermitLimit"] = "5" });
        var client = SignInTests.Client(factory, "198.51.100.61");
        for (var i = 0; i < 5; i++)
        {
            using var attempt = new HttpRequestMessage(HttpMethod.Post, "/api/accounts/login") { Content = JsonContent.Create(new { email = "x@example.com", password = "x" }) };
            attempt.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            await client.SendAsync(attempt);
        }

        // A claimed address per attempt does not make a new client: the limit holds.
        using var sixth = new HttpRequestMessage(HttpMethod.Post, "/api/accounts/login") { Content = JsonContent.Create(new { email = "x@example.com", password = "x" }) };
        sixth.Headers.Add("X-Forwarded-For", "203.0.113.99");
        sixth.Headers.Add("X-Forwarded-Proto", "https");
        var refused = await client.SendAsync(sixth);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Strict-Transport-Security"));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
