using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Features.Webhooks;
using Beian.Web.Tests.Infrastructure;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Webhooks;

/// <summary>Event push to a receiver on loopback: signed, at least once with a stable id, retried, parked and redelivered.</summary>
public class WebhookTests
{
    private static readonly string[] AllEvents = [.. WebhookEventTypes.All];

    [Fact]
    public async Task AFilingsEventsReachTheReceiver_Signed_EachWithTheIdItsPayloadCarries()
    {
        using var factory = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("hooks@example.com");
        receiver.Secrets.Add(await SubscribeAsync(applicant, receiver.Url, AllEvents));

        await journey.FiledAsync(applicant, 241, "hooks-241.cn");
        await FollowAndDeliverAsync(factory);

        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid, r.Type));
        var types = receiver.Requests.Select(r => r.Type).ToList();
        Assert.Contains(WebhookEventTypes.ServiceCodeIssued, types);
        Assert.Contains(WebhookEventTypes.OrderSmsVerificationNeeded, types);
        Assert.Contains(WebhookEventTypes.RecordApproved, types);
        // Deliveries go out side by side, so they may arrive out of order: the payload's time and id order them.
        var transitions = receiver.Requests.Where(r => r.Type == WebhookEventTypes.OrderStateChanged)
            .Select(r => JsonDocument.Parse(r.Body).RootElement).OrderBy(b => b.GetProperty("occurredAt").GetDateTimeOffset()).ThenBy(b => b.GetProperty("id").GetGuid())
            .Select(b => b.GetProperty("data").GetProperty("to").GetString()).ToList();
        Assert.Equal("Approved", transitions[^1]);
        Assert.Contains("PendingInitialReview", transitions);
        foreach (var request in receiver.Requests)
        {
            var body = JsonDocument.Parse(request.Body).RootElement;
            Assert.Equal(request.EventId, body.GetProperty("id").GetString());
            Assert.Equal(1, body.GetProperty("version").GetInt32());
            Assert.Equal(request.Type, body.GetProperty("type").GetString());
        }

        // One delivery per event: the ids are distinct and every one was acted on once.
        Assert.Equal(receiver.Requests.Count, receiver.Requests.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(receiver.Requests.Count, receiver.Effects.Count);
        // What the receiver got, the account can read back in order.
        var events = await applicant.GetJsonAsync("/api/webhooks/events");
        Assert.Equal(receiver.Requests.Select(r => r.EventId).Order(), events.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order());
        var after = await applicant.GetJsonAsync($"/api/webhooks/events?after={events[2].GetProperty("id").GetString()}");
        Assert.Equal(events.GetArrayLength() - 3, after.GetArrayLength());
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedByAHostStartedAfresh_WithTheSameEventId_AndActsOnce()
    {
        var first = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(first.Time.GetUtcNow);
        var applicant = await new FilingJourney(first).NewApplicantAsync("retry@example.com");
        receiver.Secrets.Add(await SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.ServiceCodeIssued]));
        receiver.Fail(1, 503);
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(first);
        var failed = Assert.Single(await DeliveriesAsync(applicant));
        Assert.Equal(1, failed.GetProperty("attempts").GetInt32());
        Assert.Equal(503, failed.GetProperty("lastStatus").GetInt32());
        Assert.Equal(first.Time.GetUtcNow().AddSeconds(30), failed.GetProperty("nextAttemptAt").GetDateTimeOffset());

        // The host is gone between the attempts; another starts on the same database and clock.
        using var second = new PlatformFactory(first);
        first.Dispose();
        await DeliverAsync(second);
        Assert.Single(receiver.Requests); // not due yet
        second.Time.Advance(TimeSpan.FromSeconds(30));
        await DeliverAsync(second);

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Single(receiver.Requests.Select(r => r.EventId).Distinct());
        Assert.Equal("Delivered", Assert.Single(await DeliveriesAsync(await second.SignInAsync("retry@example.com"))).GetProperty("state").GetString());

        // A host that dies after the receiver answered but before it wrote that down sends it again: same id, no second effect.
        await using (var scope = second.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            await db.WebhookDeliveries.ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.NextAttemptAt, second.Time.GetUtcNow()));
        }

        await DeliverAsync(second);
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Single(receiver.Effects);
    }

    [Fact]
    public async Task ADeliveryFailingForADayIsParked_AndAPersonRedeliversIt()
    {
        using var factory = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("parked@example.com");
        receiver.Secrets.Add(await SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.ServiceCodeIssued]));
        receiver.Fail(1000);
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        var started = factory.Time.GetUtcNow();

        var gaps = new List<TimeSpan>();
        while ((await DeliveriesAsync(applicant))[0] is var delivery && delivery.GetProperty("state").GetString() == "Pending")
        {
            var next = delivery.GetProperty("nextAttemptAt").GetDateTimeOffset();
            gaps.Add(next - factory.Time.GetUtcNow());
            factory.Time.Advance(next - factory.Time.GetUtcNow());
            await DeliverAsync(factory);
        }

        Assert.True(factory.Time.GetUtcNow() - started >= TimeSpan.FromDays(1), $"parked after {factory.Time.GetUtcNow() - started}");
        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)], gaps.Take(3));
        Assert.Equal(TimeSpan.FromHours(6), gaps.Max());
        var dead = Assert.Single((await applicant.GetJsonAsync($"/api/webhooks/{await SubscriptionIdAsync(applicant)}/deliveries?state=Dead")).EnumerateArray());
        Assert.Equal("接收方返回 HTTP 500", dead.GetProperty("lastError").GetString());
        Assert.Empty(receiver.Effects);

        // The receiver is fixed; a person sends the parked delivery again.
        await using var fixedReceiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        fixedReceiver.Secrets.AddRange(receiver.Secrets);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            await db.WebhookSubscriptions.ExecuteUpdateAsync(u => u.SetProperty(s => s.Url, fixedReceiver.Url));
        }

        var redelivered = await applicant.PostJsonAsync($"/api/webhooks/deliveries/{dead.GetProperty("id").GetGuid()}/redeliver", null);
        Assert.Equal("Pending", redelivered.GetProperty("state").GetString());
        await DeliverAsync(factory);
        var received = Assert.Single(fixedReceiver.Requests);
        Assert.Equal(dead.GetProperty("eventId").GetString(), received.EventId);
        Assert.Equal("Delivered", (await DeliveriesAsync(applicant))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task ARotatedSecretSignsBesideTheOldOneForADay()
    {
        using var factory = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("rotate@example.com");
        var old = await SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.ServiceCodeIssued]);
        var rotated = await applicant.PostJsonAsync($"/api/webhooks/{await SubscriptionIdAsync(applicant)}/rotate-secret", null);
        var fresh = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(old, fresh);
        receiver.Secrets.Add(old);
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        var signature = Assert.Single(receiver.Requests).Signature;
        Assert.True(WebhookSignature.Verify(fresh, signature, receiver.Requests.Single().Body, factory.Time.GetUtcNow()));
        Assert.Equal(2, signature.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)));

        factory.Time.Advance(TimeSpan.FromDays(1));
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        var later = receiver.Requests.Last();
        Assert.Single(later.Signature.Split(','), p => p.StartsWith("v1=", StringComparison.Ordinal));
        Assert.False(later.SignatureValid); // the receiver still holds only the old secret
        Assert.True(WebhookSignature.Verify(fresh, later.Signature, later.Body, factory.Time.GetUtcNow()));
    }

    [Fact]
    public async Task TheAdminsSubscriptionReceivesEveryAccount_AndAnAccountsOnlyItsOwn()
    {
        using var factory = Platform();
        await using var mine = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        await using var all = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var journey = new FilingJourney(factory);
        var first = await journey.NewApplicantAsync("first-hooks@example.com");
        var second = await journey.NewApplicantAsync("second-hooks@example.com");
        mine.Secrets.Add(await SubscribeAsync(first, mine.Url, [WebhookEventTypes.ServiceCodeIssued]));
        var admin = await factory.SignInAsync(DemoData.Admin);
        all.Secrets.Add((await admin.PostJsonAsync("/api/admin/webhooks", new { url = all.Url, events = new[] { WebhookEventTypes.ServiceCodeIssued } }, HttpStatusCode.Created)).GetProperty("secret").GetString()!);

        await FilingJourney.ServiceCodeAsync(first);
        await FilingJourney.ServiceCodeAsync(second);
        await FollowAndDeliverAsync(factory);

        Assert.Single(mine.Requests);
        Assert.Equal(2, all.Requests.Count);
        Assert.Equal(2, all.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("accountId").GetGuid()).Distinct().Count());
        Assert.Single((await admin.GetJsonAsync("/api/admin/webhooks")).EnumerateArray());
        Assert.Empty((await second.GetJsonAsync("/api/webhooks")).EnumerateArray());
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/hooks")]
    [InlineData("http://10.1.2.3/hooks")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("ftp://example.com/")]
    [InlineData("https://user:pass@example.com/")]
    public async Task ASubscriptionToAnInternalOrOddAddressIsRefused(string url)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("ssrf@example.com");
        var response = await applicant.PostAsync(new Uri("/api/webhooks", UriKind.Relative), JsonContent.Create(new { url, events = AllEvents }));
        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity, "webhook.url");
        Assert.Empty((await applicant.GetJsonAsync("/api/webhooks")).EnumerateArray());
    }

    [Fact]
    public async Task TheAdminsNetworksAreTheAdminsAlone_AnAccountCannotReachThem()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Webhooks:AdminNetworks:0"] = "127.0.0.0/8" });
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("probe@example.com");
        var refused = await applicant.PostAsync(new Uri("/api/webhooks", UriKind.Relative), JsonContent.Create(new { url = receiver.Url, events = AllEvents }));
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "webhook.url");
        var admin = await factory.SignInAsync(DemoData.Admin);
        receiver.Secrets.Add((await admin.PostJsonAsync("/api/admin/webhooks", new { url = receiver.Url, events = new[] { WebhookEventTypes.ServiceCodeIssued } }, HttpStatusCode.Created)).GetProperty("secret").GetString()!);
        // An account's hook by a name that resolves to loopback is stopped at connect; the admin's gets through.
        await SubscribeAsync(applicant, receiver.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal), [WebhookEventTypes.ServiceCodeIssued]);
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        Assert.Single(receiver.Requests);
        Assert.Contains("内网", Assert.Single(await DeliveriesAsync(applicant)).GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameThatResolvesInsideIsRefusedWhenTheDeliveryConnects()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("rebind@example.com");
        await SubscribeAsync(applicant, "http://localhost:9/hooks", [WebhookEventTypes.ServiceCodeIssued]);
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        var delivery = Assert.Single(await DeliveriesAsync(applicant));
        Assert.Contains("内网", delivery.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInspectionCaseIsPushedWhenOpened_WhenItsDeadlineNears_AndWhenItCloses()
    {
        using var factory = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("case-hooks@example.com");
        await journey.FiledAsync(applicant, 242, "case-hooks-242.cn");
        receiver.Secrets.Add(await SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.CaseOpened, WebhookEventTypes.CaseDue, WebhookEventTypes.CaseClosed, WebhookEventTypes.RecordAccessCancelled]));
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { blacklist = new[] { new { kind = "unreachable-phone", value = TestPeople.Mobile(242) } } });
        await admin.PostJsonAsync("/api/compliance/run", new { checks = new[] { "registries" } });
        await FollowAndDeliverAsync(factory);
        var opened = receiver.Requests.Where(r => r.Type == WebhookEventTypes.CaseOpened).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data")).ToList();
        Assert.NotEmpty(opened);
        var deadline = opened.Min(o => o.GetProperty("deadline").GetDateTimeOffset());
        Assert.DoesNotContain(receiver.Requests, r => r.Type == WebhookEventTypes.CaseDue);

        factory.Time.Advance(deadline - WebhookEventTypes.CaseDueNotice - factory.Time.GetUtcNow());
        await FollowAndDeliverAsync(factory);
        await FollowAndDeliverAsync(factory);
        Assert.Equal(opened.Count(o => o.GetProperty("deadline").GetDateTimeOffset() == deadline), receiver.Requests.Count(r => r.Type == WebhookEventTypes.CaseDue));

        factory.Time.Advance(deadline - factory.Time.GetUtcNow());
        await FollowAndDeliverAsync(factory);
        var closed = receiver.Requests.Where(r => r.Type == WebhookEventTypes.CaseClosed).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data")).ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, c => Assert.Equal("Overdue", c.GetProperty("state").GetString()));
        Assert.Contains(receiver.Requests, r => r.Type == WebhookEventTypes.RecordAccessCancelled);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
    }

    [Fact]
    public async Task DeliveredEventsAreKeptForThirtyDays_AParkedOneUntilAPersonActs()
    {
        using var factory = Platform();
        await using var receiver = await WebhookReceiver.StartAsync(factory.Time.GetUtcNow);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("prune@example.com");
        receiver.Secrets.Add(await SubscribeAsync(applicant, receiver.Url, [WebhookEventTypes.ServiceCodeIssued]));
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        receiver.Fail(1000);
        factory.Time.Advance(TimeSpan.FromDays(1));
        await FilingJourney.ServiceCodeAsync(applicant);
        await FollowAndDeliverAsync(factory);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            await db.WebhookDeliveries.Where(d => d.State == DeliveryState.Pending).ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Dead));
        }

        factory.Time.Advance(TimeSpan.FromDays(28.5));
        await factory.SweepAsync();
        Assert.Equal(2, (await applicant.GetJsonAsync("/api/webhooks/events")).GetArrayLength());

        // Both are past thirty days now: the delivered one goes, the parked one waits for a person.
        factory.Time.Advance(TimeSpan.FromDays(3));
        await factory.SweepAsync();
        var kept = Assert.Single((await applicant.GetJsonAsync("/api/webhooks/events")).EnumerateArray());
        var parked = Assert.Single(await DeliveriesAsync(applicant));
        Assert.Equal((kept.GetProperty("id").GetString(), "Dead"), (parked.GetProperty("eventId").GetString(), parked.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryEvent_WithItsPayload()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var document = await factory.CreateClient().GetJsonAsync("/openapi/v1.json");
        var webhooks = document.GetProperty("webhooks");
        foreach (var type in WebhookEventTypes.All)
        {
            var post = webhooks.GetProperty(type).GetProperty("post");
            var reference = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
            var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
            Assert.True(schema.GetProperty("properties").TryGetProperty("data", out _), type);
            Assert.Contains("Beian-Signature", post.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A platform whose webhooks may go to loopback, where the receivers run.</summary>
    internal static PlatformFactory Platform() => new(Databases.Sqlite, new() { ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8" });

    internal static async Task<string> SubscribeAsync(HttpClient owner, string url, string[] events) =>
        (await owner.PostJsonAsync("/api/webhooks", new { url, events }, HttpStatusCode.Created)).GetProperty("secret").GetString()!;

    internal static async Task FollowAndDeliverAsync(PlatformFactory factory)
    {
        await factory.SweepAsync();
        await DeliverAsync(factory);
    }

    internal static Task DeliverAsync(PlatformFactory factory) => factory.Services.GetRequiredService<DeliverWebhooks>().RunAsync(CancellationToken.None);

    private static async Task<Guid> SubscriptionIdAsync(HttpClient owner) => (await owner.GetJsonAsync("/api/webhooks"))[0].GetProperty("id").GetGuid();

    private static async Task<List<JsonElement>> DeliveriesAsync(HttpClient owner) =>
        [.. (await owner.GetJsonAsync($"/api/webhooks/{await SubscriptionIdAsync(owner)}/deliveries")).EnumerateArray()];
}
