using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 查看资料: an uploaded document or commitment video, unsealed as it is sent. Its owner sees their own; a reviewer
/// sees one of an order submitted to review. Every view, the owner's too, is written to the audit log (personal data:
/// each view is accounted for). Never cached.
/// </summary>
public sealed class ViewUpload(ProviderDb db, UploadStore store, TimeProvider time)
{
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DocumentAsync(Guid orderId, Guid documentId, ClaimsPrincipal user, bool asReviewer, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var order = asReviewer ? await db.LoadForReviewAsync(orderId, ct) : await db.LoadAsync(orderId, user.Id(), ct);
        var document = order is null ? null : await db.OrderDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.OrderId == orderId, ct);
        if (order is null || document is null)
        {
            return Problems.NotFound("document");
        }

        await AuditAsync(user, "document.view", $"order/{order.Number}/document/{document.Kind}/{document.Role}", ct);

        return Send(response, store.OpenRead(document.StoredName), document.DetectedType);
    }

    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> VideoAsync(Guid orderId, ClaimsPrincipal user, bool asReviewer, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var order = asReviewer ? await db.LoadForReviewAsync(orderId, ct) : await db.LoadAsync(orderId, user.Id(), ct);
        var video = order is null ? null : await db.LatestVideoAsync(orderId, ct);
        if (order is null || video?.StoredName is not { } stored)
        {
            return Problems.NotFound("video");
        }

        await AuditAsync(user, "video.view", $"order/{order.Number}/video", ct);

        return Send(response, store.OpenRead(stored), video.Format ?? "application/octet-stream");
    }

    private static FileStreamHttpResult Send(HttpResponse response, Stream content, string type)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(content, type);
    }

    private async Task AuditAsync(ClaimsPrincipal user, string action, string target, CancellationToken ct)
    {
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), action, target));
        await db.SaveChangesAsync(ct);
    }
}
