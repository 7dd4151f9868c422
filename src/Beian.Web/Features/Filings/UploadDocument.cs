using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Rules;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 上传资料: an image of a certificate or proof, 200 KB to 4 MB (R-DOC-04), JPG, PNG or GIF by its content, not its
/// name (R-DOC-05); an app's icon is a JPG or PNG under 100 KB (R-APP-17). It is streamed to the upload folder under a
/// generated name and hashed on the way.
/// </summary>
public sealed class UploadDocument(ProviderDb db, UploadStore store, TimeProvider time)
{
    public const long MinSize = 200 * 1024;
    public const long MaxSize = 4 * 1024 * 1024;
    public const string IconMessage = "APP图标须为100KB以内的JPG或PNG图片";

    public sealed record DocumentView(Guid Id, string Kind, string KindName, string Role, string DetectedType, long Size, string Sha256, DateOnly? IssuedOn, DateOnly? ExpiresOn, DateTimeOffset UploadedAt);

    public async Task<Result<DocumentView>> HandleAsync(Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? kind, [Microsoft.AspNetCore.Mvc.FromForm] string? role, [Microsoft.AspNetCore.Mvc.FromForm] DateOnly? issuedOn, [Microsoft.AspNetCore.Mvc.FromForm] DateOnly? expiresOn, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        return order is null ? Problems.NotFound("order") : await StoreAsync(order, file, kind, role, issuedOn, expiresOn, ct);
    }

    /// <summary>The upload into an order already found for its caller: the owner, or a principal holding a share link.</summary>
    public async Task<Result<DocumentView>> StoreAsync(FilingOrder order, IFormFile? file, string? kind, string? role, DateOnly? issuedOn, DateOnly? expiresOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = order.Id;
        if (!order.IsEditable)
        {
            return Problems.Conflict("order.not_editable", "订单当前状态不能上传资料。");
        }

        if (kind is null || !DocumentKinds.Names.ContainsKey(kind) || string.IsNullOrWhiteSpace(role))
        {
            return Problems.Invalid("document.kind_unknown", "请选择资料类型和所属角色（主办单位、主体负责人或某个网站的负责人）。");
        }

        var icon = kind == AppDetails.IconKind;
        if (icon && (file is null || file.Length == 0 || file.Length > AppDetails.IconMaxBytes))
        {
            return Problems.Invalid("R-APP-17", IconMessage);
        }

        if (!icon && (file is null || file.Length < MinSize || file.Length > MaxSize))
        {
            return Problems.Invalid("R-DOC-04", "图片大小须在200KB至4MB之间，请重新拍摄或扫描后上传。");
        }

        await using var input = file!.OpenReadStream();
        var stored = await store.SaveAsync(input, Detect, ct);
        if (stored.Type is not { } detected || (icon && detected is not ("image/jpeg" or "image/png")))
        {
            store.Delete(stored.Name);
            return icon
                ? Problems.Invalid("R-APP-17", IconMessage)
                : Problems.Invalid("R-DOC-05", "仅支持JPG、JPEG、PNG、GIF格式的图片；修改文件扩展名无效，请上传原图。");
        }

        var old = await db.OrderDocuments.Where(d => d.OrderId == id && d.Kind == kind && d.Role == role).ToListAsync(ct);
        db.OrderDocuments.RemoveRange(old);
        var document = new OrderDocument
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            OrderId = id,
            Kind = kind,
            Role = role.Trim(),
            StoredName = stored.Name,
            DetectedType = detected,
            Size = file.Length,
            Sha256 = stored.Sha256,
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            UploadedAt = time.GetUtcNow(),
        };
        db.OrderDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        // A file reused from the library (R-DOC-18) may still serve another order: it goes with its last user.
        foreach (var replaced in old.Where(r => r.StoredName != stored.Name))
        {
            if (!await db.OrderDocuments.AnyAsync(d => d.StoredName == replaced.StoredName, ct))
            {
                store.Delete(replaced.StoredName);
            }
        }

        return ViewOf(document);
    }

    public async Task<Result<List<DocumentView>>> ListAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var documents = await db.OrderDocuments.AsNoTracking().Where(d => d.OrderId == id).ToListAsync(ct);
        return documents.OrderBy(d => d.UploadedAt).Select(ViewOf).ToList();
    }

    public async Task<Result<List<DocumentView>>> ListForReviewAsync(Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.LoadForReviewAsync(id, ct) is null)
        {
            return Problems.NotFound("order");
        }

        var documents = await db.OrderDocuments.AsNoTracking().Where(d => d.OrderId == id).ToListAsync(ct);
        return documents.OrderBy(d => d.UploadedAt).Select(ViewOf).ToList();
    }

    public static DocumentView ViewOf(OrderDocument d) =>
        new(d.Id, d.Kind, DocumentKinds.Names[d.Kind], d.Role, d.DetectedType, d.Size, d.Sha256, d.IssuedOn, d.ExpiresOn, d.UploadedAt);

    /// <summary>The image type from the file's signature.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        _ => null,
    };
}
