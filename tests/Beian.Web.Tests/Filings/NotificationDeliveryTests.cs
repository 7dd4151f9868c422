using Beian.Web.Data;
using Beian.Web.Features.Notifications;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

public class NotificationDeliveryTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EachNotification_IsDeliveredOnceUnderItsStableId_AndARepeatIsRecognised(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("deliver@example.com");
        var order = await FilingJourney.FileAsync(applicant, 151, "deliver-151.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(151);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await factory.SweepAsync();

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var outbox = await db.Outbox.AsNoTracking().ToListAsync();
        Assert.NotEmpty(outbox);
        Assert.All(outbox, m => Assert.NotNull(m.DeliveredAt));
        var deliveries = await db.Deliveries.AsNoTracking().ToListAsync();
        Assert.Equal(outbox.Select(m => m.Id).Order(), deliveries.Select(d => d.MessageId).Order());
        Assert.All(deliveries.Where(d => d.Channel == Channel.Sms), d => Assert.Contains("****", d.To, StringComparison.Ordinal));

        // A sender asked again for the same message (a crash before the outbox recorded the delivery) keeps one copy.
        var sms = scope.ServiceProvider.GetServices<INotificationSender>().First(s => s.Channel == Channel.Sms);
        var first = outbox.First(m => m.Channel == Channel.Sms);
        await sms.SendAsync(new OutgoingMessage(first.Id, Channel.Sms, TestPeople.Mobile(151), first.Subject, first.Body), CancellationToken.None);
        Assert.Equal(deliveries.Count, await db.Deliveries.CountAsync());
    }
}
