using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Beian.Compliance;
using Beian.Filings;
using Beian.Instances;
using Beian.Web.Data;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// Follows the provider's ordered event tables — order events, the record feed, case events, service-code events —
/// and writes each event once into <c>webhook_events</c> with one delivery per subscription that takes it, in one
/// save (the webhook outbox). Each pass reads again the last <see cref="Lookback"/> of every table and asks of each
/// event whether it was written already (a unique index): a transaction that committed after a later one, with an
/// earlier time, is still picked up (DESIGN.md §2), and two hosts never write an event twice. Nothing is followed
/// before the first subscription exists.
/// </summary>
public sealed class WebhookFollower(ProviderDb db, TimeProvider time)
{
    public const string PositionKey = "webhooks.position";

    /// <summary>When the first subscription was made: no event before it is written.</summary>
    public const string SinceKey = "webhooks.since";
    /// <summary>
    /// Long next to any transaction: an event takes its time when its handler starts, which may call the bureau before
    /// it saves. Reading the window again costs an index probe per event.
    /// </summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromMinutes(5);
    private const int Batch = 500;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private sealed record Found(string Source, long Sequence, Guid SourceId, string Type, Guid AccountId, DateTimeOffset At, Func<Guid, string> Payload);

    /// <summary>Starts following from now, once: called when the first subscription is made.</summary>
    public static async Task StartAsync(ProviderDb db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Settings.AnyAsync(s => s.Key == PositionKey, ct))
        {
            db.Settings.Add(new Setting { Key = PositionKey, Value = Format(now) });
            db.Settings.Add(new Setting { Key = SinceKey, Value = Format(now) });
        }
    }

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var position = await db.Settings.FirstOrDefaultAsync(s => s.Key == PositionKey, ct);
        if (position is null)
        {
            return 0;
        }

        // Nothing from before the first subscription: the window looks back, but never past that.
        var since = await db.Settings.AsNoTracking().Where(s => s.Key == SinceKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        var from = DateTimeOffset.Parse(position.Value, CultureInfo.InvariantCulture) - Lookback;
        if (since is not null && DateTimeOffset.Parse(since, CultureInfo.InvariantCulture) is var floor && floor > from)
        {
            from = floor;
        }
        var found = new List<Found>();
        // A table that had more than a batch caps the position at the last event read from it, so that the next pass
        // goes on from there whatever the other tables held.
        DateTimeOffset? cap = null;
        foreach (var (events, full) in new[] { await OrdersAsync(from, ct), await RecordsAsync(from, ct), await CasesAsync(from, ct), await CodesAsync(from, ct) })
        {
            found.AddRange(events);
            if (full && events.Count > 0 && (cap is null || events.Max(e => e.At) < cap))
            {
                cap = events.Max(e => e.At);
            }
        }

        if (found.Count == 0)
        {
            return 0;
        }

        var accounts = found.Select(f => f.AccountId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.DeletedAt == null && (s.AccountId == null || accounts.Contains(s.AccountId.Value))).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var item in found.OrderBy(f => f.At))
        {
            var id = Guid.CreateVersion7(item.At);
            db.WebhookEvents.Add(new WebhookEvent
            {
                Id = id,
                Source = item.Source,
                SourceSequence = item.Sequence,
                SourceId = item.SourceId,
                Type = item.Type,
                AccountId = item.AccountId,
                OccurredAt = item.At,
                Payload = item.Payload(id),
            });
            foreach (var subscription in subscriptions.Where(s => (s.AccountId == null || s.AccountId == item.AccountId) && s.Receives(item.Type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    Id = Guid.CreateVersion7(now),
                    EventId = id,
                    SubscriptionId = subscription.Id,
                    State = DeliveryState.Pending,
                    CreatedAt = now,
                    WindowFrom = now,
                    NextAttemptAt = now,
                });
            }
        }

        var newest = cap ?? found.Max(f => f.At);
        if (newest > DateTimeOffset.Parse(position.Value, CultureInfo.InvariantCulture))
        {
            position.Value = Format(newest);
            position.Version++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another host wrote some of these first: the next pass writes what is still missing.
            db.ChangeTracker.Clear();
            return 0;
        }

        return found.Count;
    }

    private async Task<(List<Found> Found, bool Full)> OrdersAsync(DateTimeOffset from, CancellationToken ct)
    {
        var rows = await db.OrderEvents.AsNoTracking()
            .Where(e => e.At >= from && e.TransitionId != null && !db.WebhookEvents.Any(w => w.Source == "order" && w.SourceSequence == 0 && w.SourceId == e.Id))
            .Join(db.Orders, e => e.OrderId, o => o.Id, (e, o) => new { Event = e, o.AccountId, o.Number, o.Type })
            .OrderBy(r => r.Event.At).Take(Batch).ToListAsync(ct);
        var found = new List<Found>();
        foreach (var r in rows)
        {
            var data = new OrderEventData(r.Event.OrderId, r.Number, r.Type, r.Event.From, r.Event.To, r.Event.TransitionId, r.Event.Description);
            found.Add(new("order", 0, r.Event.Id, WebhookEventTypes.OrderStateChanged, r.AccountId, r.Event.At, id => Payload(id, WebhookEventTypes.OrderStateChanged, r.Event.At, r.AccountId, data)));
            if (r.Event.To == OrderState.AwaitingSmsVerification && r.Event.From != OrderState.AwaitingSmsVerification)
            {
                found.Add(new("order-sms", 0, r.Event.Id, WebhookEventTypes.OrderSmsVerificationNeeded, r.AccountId, r.Event.At, id => Payload(id, WebhookEventTypes.OrderSmsVerificationNeeded, r.Event.At, r.AccountId, data)));
            }
        }

        return (found, rows.Count == Batch);
    }

    private async Task<(List<Found> Found, bool Full)> RecordsAsync(DateTimeOffset from, CancellationToken ct)
    {
        var events = await db.RecordEvents.AsNoTracking()
            .Where(e => e.At >= from && !db.WebhookEvents.Any(w => w.Source == "record" && w.SourceSequence == e.Sequence))
            .OrderBy(e => e.At).Take(Batch).ToListAsync(ct);
        var numbers = events.Select(e => e.IcpNumber).Distinct().ToList();
        var owners = await db.RecordSubjects.AsNoTracking().Where(s => numbers.Contains(s.IcpNumber)).Select(s => new { s.IcpNumber, s.AccountId })
            .Concat(db.RecordWebsites.AsNoTracking().Where(w => numbers.Contains(w.IcpNumber)).Join(db.RecordSubjects, w => w.SubjectId, s => s.Id, (w, s) => new { w.IcpNumber, s.AccountId }))
            .ToListAsync(ct);
        var ownerOf = owners.GroupBy(o => o.IcpNumber).ToDictionary(g => g.Key, g => g.First().AccountId, StringComparer.Ordinal);
        return (
        [
            .. events.Select(e =>
            {
                var type = WebhookEventTypes.OfRecordKind(e.Kind);
                // A number no copy holds any more belongs to no account: written all the same (the admin's subscriptions
                // receive it), so that it is not read again and again.
                var account = ownerOf.GetValueOrDefault(e.IcpNumber);
                return new Found("record", e.Sequence, Guid.Empty, type, account, e.At, id => Payload(id, type, e.At, account, new RecordEventData(e.IcpNumber, e.Kind, e.Domains)));
            }),
        ], events.Count == Batch);
    }

    private async Task<(List<Found> Found, bool Full)> CasesAsync(DateTimeOffset from, CancellationToken ct)
    {
        var rows = await db.CaseEvents.AsNoTracking()
            .Where(e => e.At >= from && !db.WebhookEvents.Any(w => w.Source == "case" && w.SourceSequence == e.Sequence))
            .Join(db.InspectionCases, e => e.CaseId, c => c.Id, (e, c) => new { Event = e, Case = c })
            .OrderBy(r => r.Event.At).Take(Batch).ToListAsync(ct);
        return (
        [
            .. rows.Select(r =>
            {
                var type = r.Event.Kind switch { CaseEvent.Opened => WebhookEventTypes.CaseOpened, CaseEvent.Due => WebhookEventTypes.CaseDue, _ => WebhookEventTypes.CaseClosed };
                var c = r.Case;
                var data = new CaseEventData(c.Id, c.Code, c.Target, c.SubjectIcpNumber, r.Event.Kind == CaseEvent.Closed ? c.State : CaseState.Open, c.Deadline, r.Event.Kind == CaseEvent.Closed ? c.Resolution : null);
                return new Found("case", r.Event.Sequence, Guid.Empty, type, r.Event.AccountId, r.Event.At, id => Payload(id, type, r.Event.At, r.Event.AccountId, data));
            }),
        ], rows.Count == Batch);
    }

    private async Task<(List<Found> Found, bool Full)> CodesAsync(DateTimeOffset from, CancellationToken ct)
    {
        // Issued and freed are events; binding and use are told by their orders' events.
        var rows = await db.ServiceCodeEvents.AsNoTracking()
            .Where(e => e.At >= from && (e.Issued || e.State == ServiceCodeState.Available) && !db.WebhookEvents.Any(w => w.Source == "code" && w.SourceSequence == e.Sequence))
            .Join(db.ServiceCodes, e => e.CodeId, c => c.Id, (e, c) => new { Event = e, c.Value, c.InstanceId })
            .OrderBy(r => r.Event.At).Take(Batch).ToListAsync(ct);
        return (
        [
            .. rows.Select(r =>
            {
                var type = r.Event.Issued ? WebhookEventTypes.ServiceCodeIssued : WebhookEventTypes.ServiceCodeFreed;
                var data = new ServiceCodeEventData(r.Value, r.InstanceId, r.Event.State);
                return new Found("code", r.Event.Sequence, Guid.Empty, type, r.Event.AccountId, r.Event.At, id => Payload(id, type, r.Event.At, r.Event.AccountId, data));
            }),
        ], rows.Count == Batch);
    }

    private static string Payload<T>(Guid id, string type, DateTimeOffset at, Guid account, T data) =>
        JsonSerializer.Serialize(new WebhookEnvelope<T>(id, type, 1, at, account, data), Json);

    private static string Format(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
