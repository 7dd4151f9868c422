using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beian.Web.Tests.Accounts;

public class SessionTests
{
    [Fact]
    public async Task SigningOut_EndsTheCookie_SoThatACopyOfItNoLongerWorks()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var signedIn = await browser.PostAsJsonAsync("/api/accounts/login?useCookies=true", new { email = DemoData.Applicant, password = DemoData.Password });
        var cookie = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        Assert.Equal(HttpStatusCode.OK, (await Send(browser, HttpMethod.Get, "/api/accounts/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(browser, HttpMethod.Post, "/api/accounts/logout", cookie)).StatusCode);
        await (await Send(browser, HttpMethod.Get, "/api/accounts/me", cookie)).ProblemAsync(HttpStatusCode.Unauthorized, "auth.required");
    }

    [Fact]
    public async Task TheRefreshToken_GivesANewAccessToken_UntilTheAccountSignsOut()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = factory.CreateClient();
        var tokens = await (await client.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Applicant, password = DemoData.Password })).ReadJsonAsync();
        var refreshed = await client.PostJsonAsync("/api/accounts/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        Assert.False(string.IsNullOrEmpty(refreshed.GetProperty("accessToken").GetString()));

        var bearer = Bearer(factory, refreshed);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync(new Uri("/api/accounts/logout", UriKind.Relative), null)).StatusCode);

        // After signing out, neither the access token nor either refresh token works.
        await (await bearer.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        await (await client.PostAsJsonAsync("/api/accounts/refresh", new { refreshToken = refreshed.GetProperty("refreshToken").GetString() })).ProblemAsync(HttpStatusCode.Unauthorized, "auth.refresh_invalid");
        await (await client.PostAsJsonAsync("/api/accounts/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() })).ProblemAsync(HttpStatusCode.Unauthorized, "auth.refresh_invalid");
    }

    [Fact]
    public async Task ARevokedToken_StillLetsItsClientSignInAgain()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = await factory.SignInAsync(DemoData.Applicant);
        await client.PostAsync(new Uri("/api/accounts/logout", UriKind.Relative), null);

        // The old header still rides along: open doors stay open, closed ones say the session ended.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/catalog/withdraw-reasons", UriKind.Relative))).StatusCode);
        await (await client.GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Applicant, password = DemoData.Password })).StatusCode);
    }

    private static HttpClient Bearer(PlatformFactory factory, JsonElement tokens)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return client;
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string cookie)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
