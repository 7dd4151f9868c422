using Beian.Reference;
using Beian.Time;

namespace Beian.Filings;

/// <summary>
/// The provider's own service levels in initial review, in working days: the first review call within one working day
/// of submission (R-REVIEW-01), an order pending or in review handled within one working day (R-REVIEW-10), and a
/// stage that has not moved for more than three working days may be escalated by the applicant with the order number
/// (催办, R-REVIEW-10).
/// </summary>
public static class ReviewClock
{
    public const int HandleWithinWorkingDays = 1;
    public const int EscalateAfterWorkingDays = 3;

    public const string EscalationNote = "申请人催办";

    /// <summary>When the order's current state began: its last change of state, else its creation.</summary>
    public static DateTimeOffset StageSince(FilingOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Timeline.LastOrDefault(e => e.From != e.To)?.At ?? order.CreatedAt;
    }

    /// <summary>By when the provider owes the next step, or null when the applicant or the bureau holds the order.</summary>
    public static DateTimeOffset? DueBy(FilingOrder order, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(order);
        return WithProvider(order.State) ? calendar.After(StageSince(order), HandleWithinWorkingDays) : null;
    }

    /// <summary>From when the applicant may escalate the current stage; null when the provider does not hold the order or it was escalated in this stage.</summary>
    public static DateTimeOffset? EscalableAfter(FilingOrder order, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(order);
        var since = StageSince(order);
        return !WithProvider(order.State) || order.Timeline.Any(e => e.At >= since && e.Description == EscalationNote)
            ? null
            : calendar.After(since, EscalateAfterWorkingDays);
    }

    /// <summary>Refuses an escalation unless the provider has held the stage for more than three working days, once per stage.</summary>
    public static DomainError? EscalationRefused(FilingOrder order, DateTimeOffset now, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!WithProvider(order.State))
        {
            return new DomainError("R-REVIEW-10", "只有等待本平台处理的订单可以催办。", ErrorKind.Conflict);
        }

        // Escalation is possible only after the wait, so a stage already escalated has waited long enough.
        if (EscalableAfter(order, calendar) is not { } after)
        {
            return new DomainError("R-REVIEW-10", "本环节已催办，请耐心等待处理。", ErrorKind.Conflict);
        }

        return now <= after
            ? new DomainError("R-REVIEW-10", $"当前环节停留未超过{EscalateAfterWorkingDays}个工作日，暂不能催办；本平台会在1个工作日内处理。", ErrorKind.Conflict)
            : null;
    }

    private static bool WithProvider(OrderState state) =>
        state is OrderState.PendingInitialReview or OrderState.InInitialReview or OrderState.InitialReviewPassed;
}
