using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Rules;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>The applicant's orders: the list, one order with its progress and allowed actions, and the rule book's findings on a draft.</summary>
public sealed class MyOrders(ProviderDb db, DraftMapper mapper, RuleCheck rules, SubmitOrder submission)
{
    public async Task<List<OrderView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Timeline).Where(o => o.AccountId == accountId).ToListAsync(ct);
        return orders.OrderByDescending(o => o.CreatedAt).Select(o => OrderView.Of(o, mapper, Actor.Applicant)).ToList();
    }

    public async Task<Result<FindingsView>> FindingsAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        // A draft is judged by exactly what submission checks; a submitted order by the rule book alone.
        return OrderTransitions.Find(order.State, OrderAction.Submit, order.Path) is null
            ? FindingsView.Of(await rules.RunAsync(order, ct))
            : FindingsView.Of((await submission.CheckAsync(order, user.Id(), ct)).Findings);
    }

    public async Task<Result<OrderView>> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        return order is null ? Problems.NotFound("order") : OrderView.Of(order, mapper, Actor.Applicant);
    }
}
