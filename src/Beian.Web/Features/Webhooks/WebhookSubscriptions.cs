using System.Security.Claims;
using System.Security.Cryptography;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// 事件推送: subscriptions of URLs to events — an applicant's for its own account, the admin's for every account — with
/// a signing secret shown once and rotatable, the delivery log of each, redelivery of parked deliveries, and the
/// events themselves for a client that missed some. The owner is the account, or null for the admin's subscriptions.
/// </summary>
public sealed class WebhookSubscriptions(ProviderDb db, WebhookTargets targets, PersonalDataProtector protector, TimeProvider time)
{
    public const int MaxPerOwner = 10;

    /// <summary>After a rotation, deliveries are signed with both secrets for this long: receivers switch without a gap.</summary>
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    /// <param name="Url">Where deliveries are posted (https).</param>
    /// <param name="Events">The event types to receive; see the OpenAPI document's webhooks.</param>
    public sealed record Request(string? Url, IReadOnlyList<string>? Events);

    public sealed record SubscriptionView(Guid Id, string Url, IReadOnlyList<string> Events, bool AllAccounts, DateTimeOffset CreatedAt, string SecretStart, int Pending, int Dead);

    /// <summary>A subscription with its signing secret, shown this once.</summary>
    public sealed record WithSecret(SubscriptionView Subscription, string Secret);

    public sealed record DeliveryView(Guid Id, Guid EventId, string EventType, DeliveryState State, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? DeliveredAt);

    public sealed record EventView(Guid Id, string Type, DateTimeOffset OccurredAt, Guid AccountId, System.Text.Json.JsonElement Payload);

    public async Task<IReadOnlyList<SubscriptionView>> ListAsync(Guid? owner, CancellationToken ct)
    {
        var subscriptions = await Owned(owner).AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var ids = subscriptions.Select(s => s.Id).ToList();
        var counts = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.SubscriptionId) && d.State != DeliveryState.Delivered)
            .GroupBy(d => new { d.SubscriptionId, d.State }).Select(g => new { g.Key.SubscriptionId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        int Count(Guid id, DeliveryState state) => counts.Where(c => c.SubscriptionId == id && c.State == state).Sum(c => c.Count);
        return [.. subscriptions.Select(s => View(s, Count(s.Id, DeliveryState.Pending), Count(s.Id, DeliveryState.Dead)))];
    }

    public async Task<Result<WithSecret>> CreateAsync(Request request, Guid? owner, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (targets.Refusal(request.Url, admin: owner is null) is { } refusal)
        {
            return Problems.Invalid("webhook.url", refusal);
        }

        var events = request.Events ?? [];
        if (events.Count == 0 || events.Any(e => !WebhookEventTypes.All.Contains(e)))
        {
            return Problems.Invalid("webhook.events", $"请选择要接收的事件：{string.Join("、", WebhookEventTypes.All)}。");
        }

        if (await Owned(owner).CountAsync(ct) >= MaxPerOwner)
        {
            return Problems.Conflict("webhook.too_many", $"最多可设置{MaxPerOwner}个推送地址，请先删除不再使用的。");
        }

        var now = time.GetUtcNow();
        var secret = NewSecret();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            AccountId = owner,
            Url = request.Url!.Trim(),
            Events = [.. events.Distinct(StringComparer.Ordinal)],
            Secret = protector.Seal(secret, PersonalDataKind.Secret),
            CreatedAt = now,
        };
        db.WebhookSubscriptions.Add(subscription);
        await WebhookFollower.StartAsync(db, now, ct);
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), "webhook.create", subscription.Url, string.Join(",", subscription.Events)));
        await db.SaveChangesAsync(ct);
        return new WithSecret(View(subscription, 0, 0), secret);
    }

    /// <summary>A new secret, shown once; the old one still signs for <see cref="RotationOverlap"/>.</summary>
    public async Task<Result<WithSecret>> RotateAsync(Guid id, Guid? owner, ClaimsPrincipal user, CancellationToken ct)
    {
        var subscription = await Owned(owner).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return Problems.NotFound("webhook");
        }

        var now = time.GetUtcNow();
        var secret = NewSecret();
        subscription.PreviousSecret = subscription.Secret;
        subscription.PreviousSecretUntil = now + RotationOverlap;
        subscription.Secret = protector.Seal(secret, PersonalDataKind.Secret);
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), "webhook.rotate-secret", subscription.Url));
        await db.SaveChangesAsync(ct);
        return new WithSecret(View(subscription, 0, 0), secret);
    }

    public async Task<Result<SubscriptionView>> DeleteAsync(Guid id, Guid? owner, ClaimsPrincipal user, CancellationToken ct)
    {
        var subscription = await Owned(owner).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return Problems.NotFound("webhook");
        }

        subscription.DeletedAt = time.GetUtcNow();
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), "webhook.delete", subscription.Url));
        await db.SaveChangesAsync(ct);
        return View(subscription, 0, 0);
    }

    /// <summary>The delivery log of one subscription, newest first, 50 at a time; <paramref name="state"/> filters (Dead: the dead letters).</summary>
    public async Task<Result<IReadOnlyList<DeliveryView>>> DeliveriesAsync(Guid id, Guid? owner, DeliveryState? state, int page, CancellationToken ct)
    {
        if (!await Owned(owner).AnyAsync(s => s.Id == id, ct))
        {
            return Problems.NotFound("webhook");
        }

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (state is { } only)
        {
            query = query.Where(d => d.State == only);
        }

        var rows = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip((Math.Max(1, page) - 1) * 50).Take(50)
            .Join(db.WebhookEvents, d => d.EventId, e => e.Id, (d, e) => new { Delivery = d, e.Type }).ToListAsync(ct);
        return Result.Ok<IReadOnlyList<DeliveryView>>([.. rows.Select(r => new DeliveryView(
            r.Delivery.Id, r.Delivery.EventId, r.Type, r.Delivery.State, r.Delivery.Attempts, r.Delivery.CreatedAt, r.Delivery.LastAttemptAt,
            r.Delivery.State == DeliveryState.Pending ? r.Delivery.NextAttemptAt : null, r.Delivery.LastStatus, r.Delivery.LastError, r.Delivery.DeliveredAt))]);
    }

    /// <summary>Sends a delivery again now, with the same event id, and gives it a new retry window.</summary>
    public async Task<Result<DeliveryView>> RedeliverAsync(Guid deliveryId, Guid? owner, ClaimsPrincipal user, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
        if (delivery is null || !await Owned(owner).AnyAsync(s => s.Id == delivery.SubscriptionId && s.DeletedAt == null, ct))
        {
            return Problems.NotFound("webhook_delivery");
        }

        if (delivery.State == DeliveryState.Pending)
        {
            return Problems.Conflict("webhook.delivery_pending", "该推送正在重试中，无需重新推送。");
        }

        var now = time.GetUtcNow();
        // A fresh start: the retries begin again at 30 seconds, for a whole window.
        (delivery.State, delivery.NextAttemptAt, delivery.WindowFrom, delivery.Attempts) = (DeliveryState.Pending, now, now, 0);
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), "webhook.redeliver", delivery.EventId.ToString()));
        await db.SaveChangesAsync(ct);
        var type = await db.WebhookEvents.Where(e => e.Id == delivery.EventId).Select(e => e.Type).FirstAsync(ct);
        return new DeliveryView(delivery.Id, delivery.EventId, type, delivery.State, delivery.Attempts, delivery.CreatedAt, delivery.LastAttemptAt, delivery.NextAttemptAt, delivery.LastStatus, delivery.LastError, delivery.DeliveredAt);
    }

    /// <summary>
    /// The events themselves, oldest first after <paramref name="after"/> (an event id), up to 100: a client that was
    /// down longer than the retry window reads what it missed, in order.
    /// </summary>
    public async Task<IReadOnlyList<EventView>> EventsAsync(Guid? owner, Guid? after, CancellationToken ct)
    {
        const int Page = 100;
        var query = db.WebhookEvents.AsNoTracking();
        if (owner is { } account)
        {
            query = query.Where(e => e.AccountId == account);
        }

        // Events are ordered by (time, id); ids are compared here, not in SQL, where engines order them differently.
        var cursor = after is { } from ? await query.Where(e => e.Id == from).Select(e => new { e.OccurredAt, e.Id }).FirstOrDefaultAsync(ct) : null;
        var since = cursor?.OccurredAt ?? DateTimeOffset.MinValue;
        var rows = await query.Where(e => e.OccurredAt > since).OrderBy(e => e.OccurredAt).Take(Page).ToListAsync(ct);
        // Every event at the edge times, so that one tied with the page's first or last is never skipped.
        var edges = new List<DateTimeOffset>();
        if (cursor is not null)
        {
            edges.Add(since);
        }

        if (rows.Count > 0)
        {
            edges.Add(rows[^1].OccurredAt);
        }

        foreach (var edge in edges.Distinct())
        {
            rows.AddRange(await query.Where(e => e.OccurredAt == edge).ToListAsync(ct));
        }

        return
        [
            .. rows.DistinctBy(e => e.Id).Where(e => cursor is null || e.OccurredAt > since || e.Id.CompareTo(cursor.Id) > 0)
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Take(Page)
                .Select(e => new EventView(e.Id, e.Type, e.OccurredAt, e.AccountId, System.Text.Json.JsonDocument.Parse(e.Payload).RootElement.Clone())),
        ];
    }

    private IQueryable<WebhookSubscription> Owned(Guid? owner) =>
        db.WebhookSubscriptions.Where(s => s.AccountId == owner && s.DeletedAt == null);

    private static SubscriptionView View(WebhookSubscription s, int pending, int dead) =>
        new(s.Id, s.Url, s.Events, s.AccountId is null, s.CreatedAt, s.Secret.Masked, pending, dead);

    private static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
