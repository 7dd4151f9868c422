using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Rules;
using Beian.Time;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 从资料库选择 (R-DOC-18): a document uploaded for an earlier order of the account placed in a slot of this one, without
/// uploading it again; one document may fill several slots of the same kind at once (R-DOC-13: one upload is enough).
/// The sealed file is shared, never copied: uploads are not deleted while any order still uses them.
/// </summary>
public sealed class ReuseDocument(ProviderDb db, TimeProvider time)
{
    /// <param name="DocumentId">The library's document.</param>
    /// <param name="Roles">The slots (of the document's kind) to fill, e.g. subject.principal and websites[0].principal.</param>
    public sealed record Request([property: JsonRequired] Guid DocumentId, [property: JsonRequired] IReadOnlyList<string>? Roles);

    /// <summary>A document of the library, and whether it can go into the order asked about.</summary>
    public sealed record LibraryItem(Guid Id, string Kind, string KindName, string FromOrder, DateOnly? IssuedOn, DateOnly? ExpiresOn, DateTimeOffset UploadedAt, bool Usable, string? WhyNot);

    /// <summary>The account's documents, one per content, newest first, judged for the order's province.</summary>
    public async Task<Result<List<LibraryItem>>> LibraryAsync(Guid orderId, ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.AccountId == accountId).Select(o => new { o.ProvinceCode }).FirstOrDefaultAsync(ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var province = ProvinceRuleTable.For(order.ProvinceCode);
        var today = BeijingTime.Today(time);
        var documents = await (from d in db.OrderDocuments.AsNoTracking()
                               join o in db.Orders on d.OrderId equals o.Id
                               where o.AccountId == accountId && d.OrderId != orderId
                               select new { Document = d, o.Number }).ToListAsync(ct);
        return documents.OrderByDescending(x => x.Document.UploadedAt).DistinctBy(x => x.Document.Sha256)
            .Select(x =>
            {
                var d = x.Document;
                var why = DocumentLibrary.Unusable(d.Kind, d.IssuedOn, d.ExpiresOn, province, today);
                return new LibraryItem(d.Id, d.Kind, DocumentKinds.Names.GetValueOrDefault(d.Kind, d.Kind), x.Number, d.IssuedOn, d.ExpiresOn, d.UploadedAt, why is null, why?.Reason);
            }).ToList();
    }

    public async Task<Result<List<UploadDocument.DocumentView>>> HandleAsync(Guid orderId, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var order = await db.LoadAsync(orderId, accountId, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        if (!order.IsEditable)
        {
            return Problems.Conflict("order.not_editable", "订单当前状态不能上传资料。");
        }

        var source = await (from d in db.OrderDocuments.AsNoTracking()
                            join o in db.Orders on d.OrderId equals o.Id
                            where d.Id == body.DocumentId && o.AccountId == accountId
                            select d).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            return Problems.NotFound("document");
        }

        var roles = (body.Roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList();
        if (roles.Count == 0 || roles.Count > 20 || roles.Any(r => r.Length > 64))
        {
            return Problems.Invalid("document.kind_unknown", "请选择要放入的资料位（主办单位、主体负责人或某个网站的负责人）。");
        }

        // The refusal names the rule that explains it: the certificate's remaining validity or the proof's age.
        if (DocumentLibrary.Unusable(source.Kind, source.IssuedOn, source.ExpiresOn, ProvinceRuleTable.For(order.ProvinceCode), BeijingTime.Today(time)) is { } why)
        {
            return Problems.Invalid(why.Rule, $"该资料{why.Reason}，不能再次使用，请上传最新的资料。");
        }

        var now = time.GetUtcNow();
        var replaced = await db.OrderDocuments.Where(d => d.OrderId == orderId && d.Kind == source.Kind && roles.Contains(d.Role)).ToListAsync(ct);
        db.OrderDocuments.RemoveRange(replaced);
        var placed = roles.ConvertAll(role => new OrderDocument
        {
            Id = Guid.CreateVersion7(now),
            OrderId = orderId,
            Kind = source.Kind,
            Role = role,
            StoredName = source.StoredName,
            DetectedType = source.DetectedType,
            Size = source.Size,
            Sha256 = source.Sha256,
            IssuedOn = source.IssuedOn,
            ExpiresOn = source.ExpiresOn,
            UploadedAt = now,
        });
        db.OrderDocuments.AddRange(placed);
        await db.SaveChangesAsync(ct);
        return placed.ConvertAll(UploadDocument.ViewOf);
    }
}
