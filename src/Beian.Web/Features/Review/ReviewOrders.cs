using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Review;

/// <summary>The reviewer's queue and order (个人信息脱敏), the rule book's findings on it, and taking it up (T03).</summary>
public sealed class ReviewOrders(ProviderDb db, DraftMapper mapper, RuleCheck rules, FooterReview footers, TimeProvider time)
{
    /// <summary>
    /// The queue, filtered and paged in the database: by state and province, by an order number or a domain of the
    /// order, sorted by the order's expiry (the deadline that loses the applicant's work) or by submission.
    /// </summary>
    public async Task<QueuePage> QueueAsync(QueueQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orders = db.Orders.AsNoTracking()
            .Where(o => o.State == OrderState.PendingInitialReview || o.State == OrderState.InInitialReview || o.State == OrderState.AwaitingApplicant);
        if (query.State is { } state)
        {
            orders = orders.Where(o => o.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            orders = orders.Where(o => o.ProvinceCode == query.Province);
        }

        if (query.Search?.Trim() is { Length: > 0 } term)
        {
            // Order numbers are kept upper case and domains lower case: each is looked up by its exact key.
            var number = term.ToUpperInvariant();
            var domain = term.ToLowerInvariant();
            orders = orders.Where(o => o.Number == number || db.OrderDomains.Any(d => d.OrderId == o.Id && d.Domain == domain));
        }

        var total = await orders.CountAsync(ct);
        var sorted = query.Sort == QueueSort.Submitted ? orders.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Number) : orders.OrderBy(o => o.ExpiresAt).ThenBy(o => o.Number);
        var page = Math.Max(1, query.Page);
        var rows = await sorted.Skip((page - 1) * QueueQuery.PageSize).Take(QueueQuery.PageSize).ToListAsync(ct);
        return new QueuePage(
            [.. rows.Select(o => new QueueItem(o.Id, o.Number, o.Type, o.Type.ChineseName(), o.State, o.State.ChineseName(), o.ProvinceCode, o.Draft.Subject.Name, o.SubmittedAt, o.ExpiresAt))],
            page, total);
    }

    public async Task<Result<OrderView>> GetAsync(Guid id, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        return order is null ? Problems.NotFound("order") : OrderView.Of(order, mapper, Actor.Reviewer);
    }

    public async Task<Result<FindingsView>> FindingsAsync(Guid id, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        return order is null ? Problems.NotFound("order") : FindingsView.Of([.. await rules.RunAsync(order, ct), .. await footers.CheckAsync(order, ct)]);
    }

    public async Task<Result<OrderView>> PickUpAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.Apply(OrderAction.PickUp, Actor.Reviewer, user.DisplayName(), time.GetUtcNow());
        if (error is not null)
        {
            return Problems.From(error);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }
}
