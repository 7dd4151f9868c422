using System.Net;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class OrderAccessTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnotherAccountsOrder_IsNotFound(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var owner = await journey.NewApplicantAsync("owner@example.com");
        var stranger = await journey.NewApplicantAsync("stranger@example.com");
        var order = await FilingJourney.FileAsync(owner, 3, "owner-site.cn");
        var id = order.GetProperty("id").GetGuid();

        foreach (var url in new[] { $"/api/orders/{id}", $"/api/orders/{id}/draft" })
        {
            await (await stranger.GetAsync(new Uri(url, UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "order.not_found");
        }

        await (await stranger.PostAsync(new Uri($"/api/orders/{id}/abandon", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.NotFound, "order.not_found");
        var mine = await owner.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("PendingInitialReview", mine.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Endpoints_RefuseCallersWithoutTheRole()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync(new Uri("/api/orders", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.required");
        var applicant = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Applicant);
        await (await applicant.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await applicant.GetAsync(new Uri("/api/bureau/applications", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await applicant.GetAsync(new Uri("/api/sandbox/outbox", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task SandboxEndpoints_DoNotExistOutsideSandboxMode()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Platform:Sandbox"] = "false" });
        var admin = await factory.StaffAsync("admin", "admin@provider.example");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/api/sandbox/outbox", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(new Uri("/api/sandbox/sweep", UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task BadJson_GetsAProblemWithAStableCodeAndChangesNothing()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Applicant);
        using var content = new StringContent("{\"nature\": \"Alien\"}", System.Text.Encoding.UTF8, "application/json");
        await (await applicant.PostAsync(new Uri("/api/orders", UriKind.Relative), content)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var orders = await applicant.GetJsonAsync("/api/orders");
        Assert.Empty(orders.EnumerateArray());
    }
}
