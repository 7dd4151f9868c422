using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;

namespace Beian.Web.Features.Review;

/// <summary>
/// The reviewer's side of video verification (视频核验, R-REVIEW-08): book a DingTalk call — the order stays in review —
/// or ask for a recorded commitment video, whose script goes to the website principal's e-mail (R-VID-09) and which
/// the applicant uploads; then record the result. A failed video goes back to the applicant to record again or switch to
/// DingTalk (R-VID-06); a call the applicant did not take within the hour is rejected (R-VID-01).
/// </summary>
public sealed class VideoReview(ProviderDb db, DraftMapper mapper, Notifier notifier, TimeProvider time)
{
    public sealed record Request([property: JsonRequired] VideoMethod Method, DateTimeOffset? AppointmentAt = null);

    public sealed record Result([property: JsonRequired] string? Outcome, string? Note = null);

    public async Task<Result<OrderView>> RequestAsync(Guid id, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var now = time.GetUtcNow();
        if (order.State != OrderState.InInitialReview)
        {
            return Problems.Conflict("order.not_in_review", $"订单当前状态为「{order.State.ChineseName()}」，不在初审中。");
        }

        if (body?.Method == VideoMethod.DingTalk && (body.AppointmentAt is not { } at || at <= now))
        {
            return Problems.Invalid("R-VID-01", "钉钉视频核验须约定一个将来的时间。");
        }

        var video = new VideoVerification(Guid.CreateVersion7(now), order.Id, body!.Method, body.AppointmentAt, now);
        db.VideoVerifications.Add(video);
        if (video.Method == VideoMethod.DingTalk)
        {
            // The order is with the applicant until the time is agreed (they confirm it, T05), then back in review.
            var when = Beian.Time.BeijingTime.Format(video.AppointmentAt!.Value);
            var error = order.Apply(OrderAction.RequestMaterial, Actor.Reviewer, user.DisplayName(), now, $"预约钉钉视频核验：{when}");
            if (error is not null)
            {
                return Problems.From(error);
            }

            await notifier.MaterialRequestedAsync(order, $"钉钉视频核验，约定时间{when}。请在控制台确认时间，用主体负责人的手机号注册钉钉，并在约定时间后1小时内通过审核专员的好友申请，逾期订单将被驳回", ct);
        }
        else
        {
            var error = order.Apply(OrderAction.RequestMaterial, Actor.Reviewer, user.DisplayName(), now, "承诺视频核验");
            if (error is not null)
            {
                return Problems.From(error);
            }

            var script = CommitmentVideo.Script(order.Draft.Subject, [.. order.Draft.Websites.SelectMany(w => w.Domains)]);
            await notifier.MaterialRequestedAsync(order, "承诺视频核验，请按邮件中的脚本录制并上传", ct);
            notifier.VideoScript(order, script);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }

    public async Task<Result<OrderView>> ResultAsync(Guid id, Result body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadForReviewAsync(id, ct);
        var video = order is null ? null : await db.LatestVideoAsync(id, ct);
        if (order is null || video is null)
        {
            return Problems.NotFound("video");
        }

        var now = time.GetUtcNow();
        var error = body?.Outcome switch
        {
            "passed" => video.Judge(passed: true, body.Note),
            "failed" => video.Judge(passed: false, body.Note)
                ?? order.Apply(OrderAction.RequestMaterial, Actor.Reviewer, user.DisplayName(), now, $"视频核验未通过：{body.Note}"),
            "missed" => video.MarkMissed(now)
                ?? order.Apply(OrderAction.ProviderReject, Actor.Reviewer, user.DisplayName(), now, "未按约定时间通过钉钉好友申请"),
            _ => new DomainError("video.outcome_unknown", "请选择核验结果：通过（passed）、未通过（failed）或未按时添加好友（missed）。"),
        };
        if (error is not null)
        {
            return Problems.From(error);
        }

        if (video.State == VideoState.Failed)
        {
            await notifier.MaterialRequestedAsync(order, $"视频核验未通过（{body!.Note}）。请按脚本重新录制，或改用钉钉视频核验", ct);
        }
        else if (video.State == VideoState.Missed)
        {
            order.SetRejections([new OrderRejection("REJ-VIDEO-DINGTALK-MISSED", null, ByBureau: false)]);
            await notifier.OrderRejectedAsync(order, ct);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Reviewer);
    }

    /// <summary>Initial review waits for the latest video verification to pass, if one was asked for.</summary>
    public static async Task<DomainError?> ApprovalBlockedAsync(ProviderDb db, Guid orderId, CancellationToken ct) =>
        await db.LatestVideoAsync(orderId, ct) is { State: not VideoState.Passed } video
            ? new DomainError("R-REVIEW-08", video.State == VideoState.Abandoned
                ? "申请人已放弃视频核验，请以「放弃视频核验」（REJ-VIDEO-ABANDONED）驳回。"
                : "视频核验尚未通过，不能通过初审。", ErrorKind.Conflict)
            : null;
}
