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
}
