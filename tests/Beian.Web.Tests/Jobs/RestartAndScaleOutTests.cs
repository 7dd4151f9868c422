using Beian.Web.Data;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Jobs;

public class RestartAndScaleOutTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ADeadlinePendingWhenTheHostStops_ActsOnceOnTheNextHost(string database)
    {
        using var first = new PlatformFactory(database);
        var journey = new FilingJourney(first);
        var applicant = await journey.NewApplicantAsync("restart@example.com");
        var order = await FilingJourney.FileAsync(applicant, 161, "restart-161.cn");
        var id = order.GetProperty("id").GetGuid();
        await journey.ReviewerApprovesAsync(id);

        // The host goes away with the 24-hour SMS window open; a new host starts on the same storage later.
        using var second = new PlatformFactory(first);
        await first.DisposeAsync();
        second.Time.Advance(TimeSpan.FromHours(25));
        await second.SweepAsync();
        second.Time.Advance(TimeSpan.FromMinutes(2));
        await second.SweepAsync();
        await second.SweepAsync();

        var view = await (await second.SignInAsync("restart@example.com")).GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("ReturnedByMiit", view.GetProperty("state").GetString());
        Assert.Single(view.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("transition").GetString() == "T10");
        await using var scope = second.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.OrderId == id && m.Template == "order.returned"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TwoHostsSweepingOneDatabase_ActOnce(string database)
    {
        using var first = new PlatformFactory(database);
        using var second = new PlatformFactory(first);
        var journey = new FilingJourney(first);
        var applicant = await journey.NewApplicantAsync("twohosts@example.com");
        var order = await FilingJourney.FileAsync(applicant, 162, "twohosts-162.cn");
        var id = order.GetProperty("id").GetGuid();
        await journey.ReviewerApprovesAsync(id);
        await journey.VerifySmsAsync(162);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        first.Time.Advance(TimeSpan.FromMinutes(2));

        await Task.WhenAll(first.SweepAsync(), second.SweepAsync(), first.SweepAsync(), second.SweepAsync());

        var view = await applicant.GetJsonAsync($"/api/orders/{id}");
        Assert.Equal("Approved", view.GetProperty("state").GetString());
        Assert.Single(view.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("transition").GetString() == "T13");
        await using var scope = first.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.OrderId == id && m.Template == "order.approved"));
        Assert.Equal(1, await db.RecordEvents.CountAsync(e => e.Kind == "approved"));
        Assert.Equal(await db.Outbox.CountAsync(), await db.Deliveries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ATokenIssuedByOneHost_IsAcceptedByAnother(string database)
    {
        using var first = new PlatformFactory(database);
        using var second = new PlatformFactory(first);
        var signedIn = await first.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Applicant);
        var other = second.CreateClient();
        other.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var me = await other.GetJsonAsync("/api/accounts/me");
        Assert.Equal(Beian.Web.Features.Sandbox.DemoData.Applicant, me.GetProperty("email").GetString());
    }
}
