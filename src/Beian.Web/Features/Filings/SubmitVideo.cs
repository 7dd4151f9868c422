using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// The applicant's side of video verification: read what is asked (the script of R-VID-03 and R-VID-05), upload the
/// recorded commitment video — a common video format by its content, at most 1 GB (R-VID-04), never a file submitted
/// before (R-VID-07) — which returns the order to the reviewer (T05), or give the verification up (R-VID-08).
/// </summary>
public sealed class SubmitVideo(ProviderDb db, UploadStore store, Notifications.Notifier notifier, TimeProvider time)
{
    public sealed record VideoView(Guid Id, VideoMethod Method, VideoState State, DateTimeOffset? AppointmentAt, string Script, string? Format, long? Size, string? Note);

    public async Task<Result<VideoView>> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        var video = order is null ? null : await db.LatestVideoAsync(id, ct);
        return order is null || video is null ? Problems.NotFound("video") : ViewOf(order, video);
    }

    public async Task<Result<VideoView>> UploadAsync(Guid id, IFormFile? file, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        var video = order is null ? null : await db.LatestVideoAsync(id, ct);
        if (order is null || video is null)
        {
            return Problems.NotFound("video");
        }

        if (file is null || file.Length == 0 || file.Length > VideoVerification.MaxVideoSize)
        {
            return Problems.Invalid("R-VID-04", "承诺视频大小不能超过1GB，请压缩后重新上传。");
        }

        await using var input = file.OpenReadStream();
        var stored = await store.SaveAsync(input, CommitmentVideo.Detect, ct);
        if (stored.Type is not { } format)
        {
            store.Delete(stored.Name);
            return Problems.Invalid("R-VID-04", "请上传MP4、AVI、MPEG、MOV、WMV等常见格式的视频；修改扩展名无效。");
        }

        var seenBefore = await db.VideoVerifications.AnyAsync(v => v.Sha256 == stored.Sha256, ct);
        var error = video.Submit(stored.Sha256, format, file.Length, stored.Name, seenBefore)
            ?? order.Apply(OrderAction.SupplyMaterial, Actor.Applicant, user.DisplayName(), time.GetUtcNow(), "已上传承诺视频");
        if (error is not null)
        {
            store.Delete(stored.Name);
            return Problems.From(error);
        }

        await db.SaveOrderAsync(ct);
        return ViewOf(order, video);
    }

    public async Task<Result<VideoView>> GiveUpAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        var video = order is null ? null : await db.LatestVideoAsync(id, ct);
        if (order is null || video is null)
        {
            return Problems.NotFound("video");
        }

        var error = video.GiveUp();
        if (error is not null)
        {
            return Problems.From(error);
        }

        // Giving the verification up ends the review: the order is rejected with REJ-VIDEO-ABANDONED at once, by the
        // provider's system on the reviewer's behalf (T06).
        var rejected = order.Apply(OrderAction.ProviderReject, Actor.Reviewer, BureauForwarding.SystemName, time.GetUtcNow(), "申请人放弃视频核验");
        if (rejected is not null)
        {
            return Problems.From(rejected);
        }

        order.SetRejections([new OrderRejection("REJ-VIDEO-ABANDONED", null, ByBureau: false)]);
        await notifier.OrderRejectedAsync(order, ct);
        await db.SaveOrderAsync(ct);
        return ViewOf(order, video);
    }

    /// <summary>The applicant agrees to the DingTalk time the reviewer proposed: the order goes back to review (T05).</summary>
    public async Task<Result<VideoView>> ConfirmAppointmentAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        var video = order is null ? null : await db.LatestVideoAsync(id, ct);
        if (order is null || video is null)
        {
            return Problems.NotFound("video");
        }

        if (video is not { Method: VideoMethod.DingTalk, State: VideoState.Requested } || order.State != OrderState.AwaitingApplicant)
        {
            return Problems.Conflict("video.not_expected", "当前没有待确认的钉钉视频核验时间。");
        }

        var error = order.Apply(OrderAction.SupplyMaterial, Actor.Applicant, user.DisplayName(), time.GetUtcNow(), $"已确认钉钉视频核验时间：{Beian.Time.BeijingTime.Format(video.AppointmentAt!.Value)}");
        if (error is not null)
        {
            return Problems.From(error);
        }

        await db.SaveOrderAsync(ct);
        return ViewOf(order, video);
    }

    private static VideoView ViewOf(FilingOrder order, VideoVerification video) => new(
        video.Id, video.Method, video.State, video.AppointmentAt,
        video.Method == VideoMethod.Recorded ? CommitmentVideo.Script(order.Draft.Subject, [.. order.Draft.Websites.SelectMany(w => w.Domains)]) : VideoVerification.DingTalkChecklist,
        video.Format, video.Size, video.Note);
}
