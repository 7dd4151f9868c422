using Beian.Instances;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Instances;

/// <summary>What other capabilities do to service codes, always inside their own save.</summary>
public static class ServiceCodes
{
    /// <summary>
    /// An order that ends without a filing (abandoned, expired, released by support) lets go of the codes it bound. The
    /// codes are changed, not saved: they go free in the same save as the order, so an order another host changed
    /// first keeps them.
    /// </summary>
    public static async Task ReleaseAsync(ProviderDb db, Guid orderId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var code in await db.ServiceCodes.Where(c => c.OrderId == orderId && c.State == ServiceCodeState.Bound).ToListAsync(ct))
        {
            code.Apply(ServiceCodeAction.Release);
        }
    }
}
