using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Review;

/// <summary>
/// R-FACE-03: a real-person verification that failed again and again is handed to a reviewer (转为人工审核), who compares
/// the uploaded ID with the captures and decides.
/// </summary>
public sealed class RealPersonReview(ProviderDb db, TimeProvider time)
{
    public sealed record Decision([property: JsonRequired] string? Role, [property: JsonRequired] bool Passed);

    /// <summary>A reviewer sees the checks of an order submitted to review, or of a draft whose check was handed over to one.</summary>
    public async Task<Result<VerifyRealPerson.RealPersonView[]>> ListAsync(Guid id, CancellationToken ct) =>
        await db.Orders.AnyAsync(o => o.Id == id && o.SubmittedAt != null, ct)
            || await db.RealPersonVerifications.AnyAsync(v => v.OrderId == id && v.State == Beian.Identity.RealPersonState.ManualReview, ct)
            ? await VerifyRealPerson.ViewsAsync(db, id, ct)
            : Problems.NotFound("order");

    public async Task<Result<VerifyRealPerson.RealPersonView>> DecideAsync(Guid id, Decision body, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        // A check handed over after repeated failures comes before submission: that hand-over, not a submission,
        // is what lets a reviewer act on this draft, and only on that check.
        var order = await db.LoadAsync(id, null, ct);
        var check = order is null ? null : await db.RealPersonVerifications.FirstOrDefaultAsync(v => v.OrderId == id && v.Role == body.Role, ct);
        if (order is null || check is null)
        {
            return Problems.NotFound("real_person");
        }

        var now = time.GetUtcNow();
        var error = check.Decide(body.Passed, now);
        if (error is not null)
        {
            return Problems.From(error);
        }

        order.Note(Actor.Reviewer, user.DisplayName(), now, $"真人核验（{body.Role}）人工审核：{VerifyRealPerson.StateName(check.State)}");
        await db.SaveOrderAsync(ct);
        return VerifyRealPerson.ViewOf(check);
    }
}
