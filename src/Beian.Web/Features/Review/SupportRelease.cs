using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Instances;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Review;

/// <summary>Support's release of an order held by a forgotten account (客服释放订单).</summary>
public sealed class SupportRelease(ProviderDb db, DraftMapper mapper, TimeProvider time)
{
    /// <summary>The same release for the support desk, which knows the order by the number the requester quotes.</summary>
    public async Task<Result<OrderView>> SupportAbandonByNumberAsync(string? number, ApplicantActions.Reason body, ClaimsPrincipal user, CancellationToken ct)
    {
        var trimmed = number?.Trim() ?? string.Empty;
        var id = await db.Orders.Where(o => o.Number == trimmed).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await SupportAbandonAsync(found, body, user, ct) : Problems.NotFound("order");
    }

    /// <summary>T20: support abandons an order of a forgotten account on the owner's request (R-ACCT-06), never while the bureau holds it.</summary>
    public async Task<Result<OrderView>> SupportAbandonAsync(Guid id, ApplicantActions.Reason body, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Text))
        {
            return Problems.Invalid("order.support_reason_required", "请记录申请人提交的释放订单申请（如邮件编号与核验的资料）。");
        }

        var order = await db.LoadAsync(id, null, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.Apply(OrderAction.SupportAbandon, Actor.Support, user.DisplayName(), time.GetUtcNow(), body.Text);
        if (error is not null)
        {
            return Problems.From(error);
        }

        await ServiceCodes.ReleaseAsync(db, order.Id, ct);
        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Support);
    }
}
