using Beian.PersonalData;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Notifications;

/// <summary>A message as a sender receives it: the outbox id travels as the stable message id.</summary>
public sealed record OutgoingMessage(Guid MessageId, Channel Channel, string To, string Subject, string Body);

/// <summary>A way out for notifications: an SMS gateway, a mail server. It may be asked twice for the same message id.</summary>
public interface INotificationSender
{
    Channel Channel { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <summary>
/// The simulated SMS gateway and mailbox: it keeps every message it accepted, and recognises a repeat by its message id,
/// as a real gateway's idempotency key or a mail client's Message-ID would.
/// </summary>
public sealed class SimulatedGateway(ProviderDb db, TimeProvider time, Channel channel) : INotificationSender
{
    public Channel Channel => channel;

    public async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await db.Deliveries.AnyAsync(d => d.MessageId == message.MessageId, ct))
        {
            return; // a repeat after a crash: already delivered once
        }

        var delivery = db.Deliveries.Add(new Delivery { MessageId = message.MessageId, Channel = message.Channel, To = message.Channel == Channel.Sms ? Masking.Phone(message.To) : Masking.Email(message.To), At = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another host delivered the same message at the same moment: the gateway keeps one copy.
            delivery.State = EntityState.Detached;
            if (!await db.Deliveries.AsNoTracking().AnyAsync(d => d.MessageId == message.MessageId, ct))
            {
                throw;
            }
        }
    }
}

/// <summary>
/// Delivers the outbox at least once: each undelivered message goes to its channel's sender with its id; it is marked
/// delivered only after the sender accepted it, so a crash in between sends it again under the same id.
/// </summary>
public sealed class DeliverOutbox(ProviderDb db, IEnumerable<INotificationSender> senders, PersonalDataProtector protector, TimeProvider time)
{
    private const int MaxAttempts = 10;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var due = await db.Outbox.Where(m => m.DeliveredAt == null && m.Attempts < MaxAttempts).OrderBy(m => m.CreatedAt).Take(100).ToListAsync(ct);
        foreach (var message in due)
        {
            var sender = senders.First(s => s.Channel == message.Channel);
            var to = message.Channel == Channel.Sms ? protector.Unseal(message.Phone!) : message.Email!;
            message.Attempts++;
            try
            {
                await sender.SendAsync(new OutgoingMessage(message.Id, message.Channel, to, message.Subject, message.Body), ct);
                message.DeliveredAt = time.GetUtcNow();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException)
            {
                // Left undelivered: the next sweep tries again, with the same message id.
            }

            await db.SaveChangesAsync(ct);
        }

        return due.Count;
    }
}
