using System.Net;
using Beian.Instances;
using Beian.Web.Data;
using Beian.Web.Features.Webhooks;
using Beian.Web.Tests.Infrastructure;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Webhooks;

/// <summary>The follower of the event tables writes every event once, whatever order transactions commit in (DESIGN.md §2).</summary>
public class WebhookFollowerTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnEventCommittedAfterALaterOne_IsStillPushed_AndEveryEventOnce(string database)
    {
        using var factory = new PlatformFactory(database, new() { ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8" });
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("order-of-commits@example.com");
        receiver.Secrets.Add(await WebhookTests.SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.ServiceCodeIssued]));
        await FilingJourney.ServiceCodeAsync(applicant);
        Guid codeId;
        Guid accountId;
        await using (var scope = factory.Scope())
        {
            var code = await scope.ServiceProvider.GetRequiredService<ProviderDb>().ServiceCodes.AsNoTracking().SingleAsync();
            (codeId, accountId) = (code.Id, code.AccountId);
        }

        await using var late = factory.Scope();
        var lateDb = late.ServiceProvider.GetRequiredService<ProviderDb>();
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? open = null;
        var lateEvent = new ServiceCodeEvent { CodeId = codeId, AccountId = accountId, State = ServiceCodeState.Available, Issued = true, At = factory.Time.GetUtcNow() };
        if (database == Databases.Postgres)
        {
            // Takes its sequence number now and commits only after a later event did.
            open = await lateDb.Database.BeginTransactionAsync();
            lateDb.ServiceCodeEvents.Add(lateEvent);
            await lateDb.SaveChangesAsync();
        }

        factory.Time.Advance(TimeSpan.FromSeconds(5));
        await FilingJourney.ServiceCodeAsync(applicant);
        await RunFollowerAsync(factory);
        Assert.Equal(2, await CountAsync(factory));

        if (open is not null)
        {
            await open.CommitAsync();
        }
        else
        {
            // SQLite writes one transaction at a time: the late commit is an event written now with an earlier time.
            lateDb.ServiceCodeEvents.Add(lateEvent);
            await lateDb.SaveChangesAsync();
        }

        factory.Time.Advance(TimeSpan.FromSeconds(5));
        await RunFollowerAsync(factory);
        await RunFollowerAsync(factory);
        await WebhookTests.DeliverAsync(factory);

        Assert.Equal(3, await CountAsync(factory));
        Assert.Equal(3, receiver.Requests.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(3, receiver.Effects.Count);
    }

    [Fact]
    public async Task NothingIsFollowedBeforeTheFirstSubscription()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("before-hooks@example.com");
        await FilingJourney.ServiceCodeAsync(applicant);
        await RunFollowerAsync(factory);
        Assert.Equal(0, await CountAsync(factory));

        factory.Time.Advance(WebhookFollower.Lookback * 2);
        await applicant.PostJsonAsync("/api/webhooks", new { url = "https://hooks.example.com/beian", events = new[] { WebhookEventTypes.ServiceCodeIssued } }, HttpStatusCode.Created);
        await FilingJourney.ServiceCodeAsync(applicant);
        await RunFollowerAsync(factory);
        Assert.Equal(1, await CountAsync(factory));
    }

    private static async Task RunFollowerAsync(PlatformFactory factory)
    {
        await using var scope = factory.Scope();
        await scope.ServiceProvider.GetRequiredService<WebhookFollower>().RunAsync(CancellationToken.None);
    }

    private static async Task<int> CountAsync(PlatformFactory factory)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProviderDb>().WebhookEvents.CountAsync();
    }
}
