using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;

namespace Beian.Web.Features.Review;

/// <summary>初审通过 (T07): the reviewer approves; the system forwards the order to the bureau at once (T08).</summary>
public sealed class ApproveOrder(ProviderDb db, DraftMapper mapper, BureauForwarding forwarding, TimeProvider time)
{
    public sealed record Request(string? Remark);

    public async Task<Result<OrderView>> HandleAsync(Guid id, Request? body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.EmergencyCallMissing(ProvinceRuleTable.For(order.ProvinceCode))
            ?? await VideoReview.ApprovalBlockedAsync(db, order.Id, ct)
            ?? order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, user.DisplayName(), time.GetUtcNow(), body?.Remark);
        if (error is not null)
        {
            return Problems.From(error);
        }

        // The approval stands on its own; if forwarding fails now, the sweep forwards it.
        await db.SaveOrderAsync(ct);
        await forwarding.ForwardAsync(order, OrderAction.Forward, Actor.System, BureauForwarding.SystemName, ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }
}
