using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>Raised when another request changed the order first; the caller answers 409 and nothing of this one stays.</summary>
public sealed class OrderConflictException(Exception inner) : Exception("The order was changed by someone else.", inner);

public static class OrderSaving
{
    /// <summary>Saves with the order's version as the condition, so two people acting at once cannot both succeed.</summary>
    public static async Task SaveOrderAsync(this ProviderDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new OrderConflictException(e);
        }
    }

    /// <summary>
    /// A sweep step's loop: each order loaded afresh, acted on, and saved with the version condition. An order another
    /// host changed meanwhile is left for the next sweep, so that two hosts act on it once.
    /// </summary>
    /// <returns>How many orders were acted on and saved.</returns>
    public static async Task<int> ActOnEachAsync(this ProviderDb db, IEnumerable<Guid> orderIds, Func<Beian.Filings.FilingOrder, Task<bool>> act, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(orderIds);
        ArgumentNullException.ThrowIfNull(act);
        var done = 0;
        foreach (var id in orderIds)
        {
            var order = await db.LoadAsync(id, null, ct);
            if (order is not null && await act(order))
            {
                try
                {
                    await db.SaveOrderAsync(ct);
                    done++;
                }
                catch (OrderConflictException)
                {
                    // Changed meanwhile (or acted on by another host); the next sweep looks again.
                }
            }

            db.ChangeTracker.Clear();
        }

        return done;
    }
}
