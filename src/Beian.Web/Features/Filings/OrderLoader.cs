using Beian.Filings;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

public static class OrderLoader
{
    /// <summary>An order with its timeline and domains; for an applicant only its own (another account's is "not found").</summary>
    public static Task<FilingOrder?> LoadAsync(this ProviderDb db, Guid id, Guid? ownerAccountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var orders = db.Orders.Include(o => o.Timeline).Include(o => o.Domains).Where(o => o.Id == id);
        if (ownerAccountId is { } owner)
        {
            orders = orders.Where(o => o.AccountId == owner);
        }

        return orders.FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// An order as the reviewers' workbench may open it: only once it has been submitted to review. A draft never
    /// submitted is the applicant's alone, personal data and all ("not found" to staff).
    /// </summary>
    public static Task<FilingOrder?> LoadForReviewAsync(this ProviderDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Orders.Include(o => o.Timeline).Include(o => o.Domains).Where(o => o.Id == id && o.SubmittedAt != null).FirstOrDefaultAsync(ct);
    }

    /// <summary>The video verification asked for last on an order, if any.</summary>
    public static Task<VideoVerification?> LatestVideoAsync(this ProviderDb db, Guid orderId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.VideoVerifications.Where(v => v.OrderId == orderId).OrderByDescending(v => v.RequestedAt).FirstOrDefaultAsync(ct);
    }
}
