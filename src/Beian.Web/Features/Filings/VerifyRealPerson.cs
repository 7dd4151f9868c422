using System.Security.Claims;
using Beian.Filings;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Ports;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 真人核验 on the mobile channel (R-FACE-01, R-FACE-03, R-FACE-05): a photo of the ID card is read to fill in the
/// principal's form, then the principal's face is captured and compared with the public-security database — it must be
/// the face of the principal named in the draft for that role. A failed capture may be retried in good light; after
/// repeated failures a reviewer decides.
/// </summary>
public sealed class VerifyRealPerson(ProviderDb db, IIdentityCheck identities, PersonalDataProtector protector, TimeProvider time)
{
    public sealed record IdCardView(string Name, string CertificateType, string CertificateNumber, string Address);

    public sealed record RealPersonView(string Role, RealPersonState State, int FailedAttempts, string? Message, string? Remedy, DateTimeOffset UpdatedAt);

    public async Task<Result<IdCardView>> ReadIdCardAsync(Guid id, IFormFile? file, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        await using var photo = file?.OpenReadStream() ?? Stream.Null;
        var reading = await identities.ReadIdCardAsync(photo, ct);
        if (reading is null)
        {
            return Problems.Invalid("R-FACE-01", "未能识别证件信息，请在光线充足处将身份证人像面放平、完整拍摄后重试。");
        }

        // The owner reads its own card back while filling in the form: nothing is stored, nothing is masked.
        return new IdCardView(reading.Name, Beian.Rules.CertificateTypes.ResidentIdCard, reading.Number, reading.Address);
    }

    public Task<Result<RealPersonView>> CaptureFaceAsync(Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? role, ClaimsPrincipal user, CancellationToken ct) =>
        CaptureAsync(id, role, _ => file?.OpenReadStream() ?? Stream.Null, user, ct);

    /// <summary>The sandbox's camera in place of the phone's: a capture of the face of the principal named for the role.</summary>
    public Task<Result<RealPersonView>> CaptureWithSandboxCameraAsync(Guid id, string? role, bool goodLight, ISandboxCamera camera, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return CaptureAsync(id, role, principal => new MemoryStream(camera.Face(protector.Unseal(principal.CertificateNumber), goodLight)), user, ct);
    }

    /// <summary>A capture for a principal who opened a share link (R-DOC-15): the order is found by the link.</summary>
    public Task<Result<RealPersonView>> CaptureSharedAsync(FilingOrder order, string role, IFormFile? file, CancellationToken ct) =>
        CaptureForAsync(order, role, _ => file?.OpenReadStream() ?? Stream.Null, "负责人（分享链接）", ct);

    /// <summary>The sandbox's camera for a principal who opened a share link.</summary>
    public Task<Result<RealPersonView>> CaptureSharedWithSandboxCameraAsync(FilingOrder order, string role, bool goodLight, ISandboxCamera camera, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(camera);
        return CaptureForAsync(order, role, principal => new MemoryStream(camera.Face(protector.Unseal(principal.CertificateNumber), goodLight)), "负责人（分享链接）", ct);
    }

    private async Task<Result<RealPersonView>> CaptureAsync(Guid id, string? role, Func<Principal, Stream> take, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        return order is null ? Problems.NotFound("order") : await CaptureForAsync(order, role, take, user.DisplayName(), ct);
    }

    private async Task<Result<RealPersonView>> CaptureForAsync(FilingOrder order, string? role, Func<Principal, Stream> take, string actor, CancellationToken ct)
    {
        var id = order.Id;
        if (!order.IsEditable)
        {
            return Problems.Conflict("order.not_editable", "订单已提交审核，真人核验须在提交前完成。");
        }

        if (role is null || order.Draft.PrincipalAt(role) is not { } principal)
        {
            return Problems.Invalid("real_person.role_unknown", "请先在备案信息中填写该负责人，再进行真人核验（role 为 subject.principal 或 websites[序号].principal）。");
        }

        var now = time.GetUtcNow();
        var check = await db.RealPersonVerifications.FirstOrDefaultAsync(v => v.OrderId == id && v.Role == role, ct);
        if (check is null)
        {
            check = new RealPersonVerification(Guid.CreateVersion7(now), id, role, now);
            db.RealPersonVerifications.Add(check);
        }

        await using var capture = take(principal);
        var result = check.AcceptsCaptures ? await identities.MatchFaceAsync(protector.Unseal(principal.CertificateNumber), principal.Name, capture, ct) : FaceMatch.Match;
        var error = check.Record(result, now);
        if (error is not null)
        {
            return Problems.From(error);
        }

        order.Note(Actor.Applicant, actor, now, $"真人核验（{FieldNames.Describe(role, i => order.Draft.Websites.ElementAtOrDefault(i)?.Name)}）：{StateName(check.State)}");
        await db.SaveOrderAsync(ct);
        return ViewOf(check);
    }

    public async Task<Result<RealPersonView[]>> ListAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        return order is null ? Problems.NotFound("order") : await ViewsAsync(db, id, ct);
    }

    public static async Task<RealPersonView[]> ViewsAsync(ProviderDb db, Guid orderId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checks = await db.RealPersonVerifications.AsNoTracking().Where(v => v.OrderId == orderId).OrderBy(v => v.StartedAt).ToListAsync(ct);
        return [.. checks.Select(ViewOf)];
    }

    public static RealPersonView ViewOf(RealPersonVerification check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var explanation = check.Explanation;
        return new RealPersonView(check.Role, check.State, check.FailedAttempts, explanation?.Message, explanation?.Remedy, check.UpdatedAt);
    }

    public static string StateName(RealPersonState state) => state switch
    {
        RealPersonState.Passed => "核验通过",
        RealPersonState.ManualReview => "已转人工审核",
        RealPersonState.PassedByReviewer => "人工审核通过",
        RealPersonState.RejectedByReviewer => "人工审核未通过",
        _ => "核验未通过，可重试",
    };
}
