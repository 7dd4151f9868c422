namespace Beian.Filings;

/// <summary>
/// 预约回电 (R-REVIEW-06): the applicant asks the reviewer to call in a window that suits them, during initial review.
/// The reviewer sees it beside the call log; the next call logged on the order answers it.
/// </summary>
public sealed class CallbackRequest
{
    /// <summary>The shortest window a reviewer can aim at.</summary>
    public static readonly TimeSpan ShortestWindow = TimeSpan.FromMinutes(30);

    /// <summary>How far ahead a window may lie: initial review is due within a working day or two (R-REVIEW-10).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    /// <summary>What the applicant adds: the number to call, whom to ask for.</summary>
    public string? Note { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When a call was logged on the order after the request.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The states in which a reviewer still calls: before and during initial review.</summary>
    public static bool Accepts(OrderState state) => state is OrderState.PendingInitialReview or OrderState.InInitialReview or OrderState.AwaitingApplicant;

    /// <summary>Why a window cannot be booked, or null: in the future, at least half an hour, within a week.</summary>
    public static string? WindowRefusal(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        if (from < now)
        {
            return "回电时间须晚于当前时间。";
        }

        if (to - from < ShortestWindow)
        {
            return "回电时段至少30分钟。";
        }

        return to > now + Horizon ? "只能预约7天内的回电时段。" : null;
    }
}
