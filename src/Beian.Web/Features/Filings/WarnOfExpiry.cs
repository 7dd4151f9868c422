using Beian.Web.Data;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Warns the applicant that an unfinished order will expire (R-ORDER-08): a week ahead and the day before. The warning
/// is taken on the order and written to the outbox in one save, so a host that loses the race writes nothing.
/// </summary>
public sealed class WarnOfExpiry(ProviderDb db, Notifier notifier, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Orders
            .Where(o => o.ExpiryWarningDueAt != null && o.ExpiryWarningDueAt <= now)
            .OrderBy(o => o.ExpiryWarningDueAt)
            .Select(o => o.Id)
            .Take(100)
            .ToListAsync(ct);
        return await db.ActOnEachAsync(due, async order =>
        {
            if (!order.TakeExpiryWarning(now))
            {
                return false;
            }

            await notifier.ExpiryWarningAsync(order, ct);
            return true;
        }, ct);
    }
}
