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
    public async Task<List<QueueItem>> QueueAsync(CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.State == OrderState.PendingInitialReview || o.State == OrderState.InInitialReview || o.State == OrderState.AwaitingApplicant)
            .ToListAsync(ct);
        return orders
            .OrderBy(o => o.SubmittedAt)
            .Select(o => new QueueItem(o.Id, o.Number, o.Type, o.Type.ChineseName(), o.State, o.State.ChineseName(), o.ProvinceCode, o.Draft.Subject.Name, o.SubmittedAt, o.ExpiresAt))
            .ToList();
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
