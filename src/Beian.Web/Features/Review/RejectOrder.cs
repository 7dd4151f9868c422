using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;

namespace Beian.Web.Features.Review;

/// <summary>
/// 初审驳回 (T06, R-REVIEW-11): the reviewer rejects with one or more reasons from the catalog, each with an optional
/// remark; the applicant sees each with its remedy and resubmits after fixing them.
/// </summary>
public sealed class RejectOrder(ProviderDb db, DraftMapper mapper, Notifier notifier, TimeProvider time)
{
    public sealed record ReasonInput([property: JsonRequired] string? Code, string? Remark = null);

    public sealed record Request([property: JsonRequired] IReadOnlyList<ReasonInput>? Reasons);

    public async Task<Result<OrderView>> HandleAsync(Guid id, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        var reasons = body?.Reasons ?? [];
        if (reasons.Count == 0)
        {
            return Problems.Invalid("R-REVIEW-11", "驳回须选择驳回原因库中的原因：请至少选择一个驳回原因。", "rejection.reason_required");
        }

        var unknown = reasons.FirstOrDefault(r => RejectionCatalog.Find(r.Code ?? string.Empty) is null);
        if (unknown is not null)
        {
            return Problems.Invalid("R-REVIEW-11", $"驳回须选择驳回原因库中的原因：「{unknown.Code}」不在原因库中。", "rejection.unknown_reason");
        }

        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var now = time.GetUtcNow();
        var error = order.Apply(OrderAction.ProviderReject, Actor.Reviewer, user.DisplayName(), now, string.Join("；", reasons.Select(r => RejectionCatalog.Find(r.Code!)!.Title)));
        if (error is not null)
        {
            return Problems.From(error);
        }

        order.SetRejections(reasons.Select(r => new OrderRejection(r.Code!, r.Remark, ByBureau: false)));
        await notifier.OrderRejectedAsync(order, ct);
        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }
}
