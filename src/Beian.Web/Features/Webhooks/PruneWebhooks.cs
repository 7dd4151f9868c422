using Beian.Web.Data;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// Keeps the webhook tables to <see cref="WebhookOptions.KeepFor"/>: delivered deliveries older than that go, then the
/// events no delivery waits for any more (a parked delivery keeps its event until a person redelivers it or deletes the
/// subscription). A client can read missed events for that long. A thousand rows a pass, so that a sweep stays short.
/// </summary>
public sealed class PruneWebhooks(ProviderDb db, IOptions<WebhookOptions> options, TimeProvider time)
{
    private const int Batch = 1000;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow() - options.Value.KeepFor;
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.State == DeliveryState.Delivered && d.CreatedAt < before)
            .OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        var pruned = await db.WebhookDeliveries.Where(d => deliveries.Contains(d.Id)).ExecuteDeleteAsync(ct);
        var events = await db.WebhookEvents.AsNoTracking()
            .Where(e => e.OccurredAt < before && !db.WebhookDeliveries.Any(d => d.EventId == e.Id && (d.State != DeliveryState.Delivered || d.CreatedAt >= before)))
            .OrderBy(e => e.OccurredAt).Select(e => e.Id).Take(Batch).ToListAsync(ct);
        return pruned + await db.WebhookEvents.Where(e => events.Contains(e.Id)).ExecuteDeleteAsync(ct);
    }
}
