using Beian.Filings;
using Beian.Web.Data;
using Beian.Web.Features.Instances;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>T19: an order not finished 45 days after submission expires (R-ORDER-08); the bureau's time does not count.</summary>
public sealed class ExpireOrders(ProviderDb db, TimeProvider time)
{
    /// <summary>The states T19 expires from, as the transition table has them.</summary>
    private static readonly OrderState[] Expirable = [.. OrderTransitions.All.Where(t => t.Action == OrderAction.Expire).SelectMany(t => t.From).Distinct()];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Orders
            .Where(o => o.ExpiresAt != null && o.ExpiresAt <= now && Expirable.Contains(o.State))
            .OrderBy(o => o.ExpiresAt)
            .Select(o => o.Id)
            .Take(100)
            .ToListAsync(ct);
        return await db.ActOnEachAsync(due, async order =>
        {
            // The expiry carries the time the order expired, not the time the sweep noticed.
            if (order.Apply(OrderAction.Expire, Actor.System, "备案系统", order.ExpiresAt is { } expired && expired < now ? expired : now) is not null)
            {
                return false;
            }

            // The codes go free in the same save as the expiry: an order another host changed first keeps them.
            await ServiceCodes.ReleaseAsync(db, order.Id, ct);
            return true;
        }, ct);
    }
}
