using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;

namespace Beian.Web.Features.Review;

/// <summary>
/// The reviewer's work on an order in initial review: log each review call (R-REVIEW-02; the third unanswered call
/// rejects the order), and ask the applicant for more material (T04, R-REVIEW-08) (the applicant supplies it: T05, ApplicantActions).
/// </summary>
public sealed class ReviewCalls(ProviderDb db, DraftMapper mapper, Notifier notifier, BookCallback callbacks, TimeProvider time)
{
    /// <summary>A review call; <paramref name="EmergencyContact"/> marks the routine call to the emergency contact (R-PROV-CFG-15).</summary>
    public sealed record CallRequest([property: JsonRequired] bool Answered, string? Note = null, bool EmergencyContact = false);

    public sealed record MaterialRequest([property: JsonRequired] string? Items);

    public async Task<Result<OrderView>> LogCallAsync(Guid id, CallRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.LogCall(body?.Answered == true, user.DisplayName(), time.GetUtcNow(), body?.Note, body?.EmergencyContact == true);
        if (error is not null)
        {
            return Problems.From(error);
        }

        // R-REVIEW-06: the call answers the applicant's booked window, reached or not.
        await callbacks.AnswerAsync(id, ct);
        if (order.State == OrderState.RejectedByProvider)
        {
            await notifier.OrderRejectedAsync(order, ct);
        }
        else if (body?.Answered != true && body?.EmergencyContact != true)
        {
            await notifier.CallMissedAsync(order, ct);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }

    public async Task<Result<OrderView>> RequestMaterialAsync(Guid id, MaterialRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Items))
        {
            return Problems.Invalid("review.items_required", "请写明需要申请人补充的资料或修改的内容。");
        }

        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.Apply(OrderAction.RequestMaterial, Actor.Reviewer, user.DisplayName(), time.GetUtcNow(), body.Items);
        if (error is not null)
        {
            return Problems.From(error);
        }

        await notifier.MaterialRequestedAsync(order, body.Items, ct);
        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }
}
