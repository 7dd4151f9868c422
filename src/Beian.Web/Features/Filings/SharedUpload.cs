using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Ports;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 分享给负责人 (R-DOC-15): the owner makes a link (and QR code) for one principal of a draft; whoever opens it within
/// its lifetime may upload that principal's ID card and do that principal's face check, nothing else, and sees only the
/// order number and the principal's masked name. Every use is audited against the owner's account.
/// </summary>
public sealed class SharedUpload(ProviderDb db, UploadDocument upload, VerifyRealPerson verify, TimeProvider time)
{
    public sealed record Request([property: JsonRequired] string? Role);

    /// <summary>The link as created: its path carries the token, shown this once.</summary>
    public sealed record Created(string Path, string Role, DateTimeOffset ExpiresAt);

    /// <summary>What the principal's page shows: enough to know it is theirs, no more.</summary>
    public sealed record SharedView(string OrderNumber, string Role, string Whose, string MaskedName, DateTimeOffset ExpiresAt, bool HasFront, bool HasBack, string? FaceState);

    public static string PathOf(string token) => $"/share/{token}";

    public async Task<Result<Created>> CreateAsync(Guid orderId, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(orderId, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        if (!order.IsEditable)
        {
            return Problems.Conflict("order.not_editable", "订单已提交审核，不能再分享上传。");
        }

        if (body.Role is not { } role || order.Draft.PrincipalAt(role) is null)
        {
            return Problems.Invalid("real_person.role_unknown", "请先在备案信息中填写该负责人，再分享上传链接。");
        }

        var (link, token) = ShareLink.Create(order.Id, order.AccountId, role, time.GetUtcNow());
        db.ShareLinks.Add(link);
        db.Audit.Add(AuditLog.Entry(time, user.Id(), user.DisplayName(), "share-link.create", $"order/{order.Number}/{role}"));
        await db.SaveChangesAsync(ct);
        return new Created(PathOf(token), role, link.ExpiresAt);
    }

    /// <summary>The order and principal a live link opens, or null: unknown, expired, or the order no longer a draft.</summary>
    public async Task<(FilingOrder Order, ShareLink Link)?> OpenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = ShareLink.HashOf(token);
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        if (link is null || !link.IsValid(time.GetUtcNow()))
        {
            return null;
        }

        var order = await db.LoadAsync(link.OrderId, link.AccountId, ct);
        return order is { IsEditable: true } && order.Draft.PrincipalAt(link.Role) is not null ? (order, link) : null;
    }

    public async Task<SharedView?> ViewAsync(string? token, CancellationToken ct)
    {
        if (await OpenAsync(token, ct) is not var (order, link))
        {
            return null;
        }

        var documents = await db.OrderDocuments.AsNoTracking().Where(d => d.OrderId == order.Id && d.Role == link.Role).Select(d => d.Kind).ToListAsync(ct);
        var face = await db.RealPersonVerifications.AsNoTracking().Where(v => v.OrderId == order.Id && v.Role == link.Role).Select(v => (Beian.Identity.RealPersonState?)v.State).FirstOrDefaultAsync(ct);
        var principal = order.Draft.PrincipalAt(link.Role)!;
        return new SharedView(order.Number, link.Role, FieldNames.Describe(link.Role, i => order.Draft.Websites.ElementAtOrDefault(i)?.Name), Beian.PersonalData.Masking.Name(principal.Name), link.ExpiresAt,
            documents.Contains(DocumentKinds.PrincipalId), documents.Contains(DocumentKinds.PrincipalIdBack), face is { } f ? VerifyRealPerson.StateName(f) : null);
    }

    /// <summary>The principal's ID card, front or back, into the link's slot.</summary>
    public async Task<Result<UploadDocument.DocumentView>> UploadAsync(string? token, bool back, IFormFile? file, CancellationToken ct)
    {
        if (await OpenAsync(token, ct) is not var (order, link))
        {
            return Problems.NotFound("share_link");
        }

        var stored = await upload.StoreAsync(order, file, back ? DocumentKinds.PrincipalIdBack : DocumentKinds.PrincipalId, link.Role, null, null, ct);
        if (stored.Succeeded)
        {
            await AuditAsync(link, order, back ? "share-link.upload-back" : "share-link.upload", ct);
        }

        return stored;
    }

    /// <summary>The principal's face check: a capture from the phone, or the sandbox's camera.</summary>
    public async Task<Result<VerifyRealPerson.RealPersonView>> FaceAsync(string? token, IFormFile? capture, ISandboxCamera? camera, bool goodLight, CancellationToken ct)
    {
        if (await OpenAsync(token, ct) is not var (order, link))
        {
            return Problems.NotFound("share_link");
        }

        var result = camera is null ? await verify.CaptureSharedAsync(order, link.Role, capture, ct) : await verify.CaptureSharedWithSandboxCameraAsync(order, link.Role, goodLight, camera, ct);
        if (result.Succeeded)
        {
            await AuditAsync(link, order, "share-link.face", ct);
        }

        return result;
    }

    private async Task AuditAsync(ShareLink link, FilingOrder order, string action, CancellationToken ct)
    {
        db.Audit.Add(AuditLog.Entry(time, link.AccountId, "分享链接", action, $"order/{order.Number}/{link.Role}", $"link {link.Id}"));
        await db.SaveChangesAsync(ct);
    }
}
