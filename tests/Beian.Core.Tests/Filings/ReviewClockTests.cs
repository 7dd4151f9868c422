using Beian.Filings;
using Beian.Reference;

namespace Beian.Tests.Filings;

public class ReviewClockTests
{
    // Friday 2026-11-27, 10:00 Beijing.
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static readonly HolidayCalendar Calendar = HolidayCalendar.Shipped;

    private static FilingOrder Submitted()
    {
        var order = new FilingOrder(Guid.NewGuid(), "BA1", Guid.NewGuid(), FilingType.FirstFiling, FilingOrderTests.Draft(), Friday);
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Friday);
        return order;
    }

    [Fact]
    public void TheFirstCallIsDue_OneWorkingDayAfterSubmission_R_REVIEW_01()
    {
        var order = Submitted();
        Assert.Equal(Friday.AddDays(3), ReviewClock.DueBy(order, Calendar)); // Monday 10:00: the weekend does not count
        order.Apply(OrderAction.Withdraw, Actor.Applicant, "申请人", Friday.AddHours(1));
        Assert.Null(ReviewClock.DueBy(order, Calendar)); // back with the applicant
    }

    [Fact]
    public void AStageUnmovedForMoreThanThreeWorkingDays_MayBeEscalatedOnce_R_REVIEW_10()
    {
        var order = Submitted();
        var wednesday = Friday.AddDays(5); // three working days after Friday 10:00
        Assert.Equal("R-REVIEW-10", ReviewClock.EscalationRefused(order, wednesday, Calendar)?.Code);
        Assert.Null(ReviewClock.EscalationRefused(order, wednesday.AddMinutes(1), Calendar));
        order.Note(Actor.Applicant, "申请人", wednesday.AddMinutes(1), ReviewClock.EscalationNote);
        Assert.Equal("R-REVIEW-10", ReviewClock.EscalationRefused(order, wednesday.AddHours(2), Calendar)?.Code);

        // A new stage starts the clock again.
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", wednesday.AddHours(3));
        Assert.Equal("R-REVIEW-10", ReviewClock.EscalationRefused(order, wednesday.AddHours(4), Calendar)?.Code);
    }
}
