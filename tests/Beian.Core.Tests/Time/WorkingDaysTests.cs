using Beian.Reference;
using Beian.Time;

namespace Beian.Tests.Time;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-27", "2026-11-30", 1)] // Friday to Monday: the weekend does not count
    [InlineData("2026-09-30", "2026-10-08", 1)] // National Day: 1–7 October are days off
    [InlineData("2026-10-09", "2026-10-12", 2)] // Saturday 10 October is worked instead (调休上班)
    [InlineData("2026-02-13", "2026-02-24", 2)] // Spring Festival: Saturday the 14th worked, 15–23 off, the 24th back
    [InlineData("2025-12-31", "2026-01-05", 2)] // New Year: 1–3 January off, Sunday the 4th worked
    [InlineData("2027-03-05", "2027-03-08", 1)] // a year not yet published: weekdays only
    public void WorkingDaysBetween_CountWeekdays_LessHolidays_PlusMakeUpDays(string from, string to, int expected) =>
        Assert.Equal(expected, HolidayCalendar.Shipped.Between(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-01-01", false)] // 元旦
    [InlineData("2026-01-04", true)]  // a Sunday worked instead
    [InlineData("2026-06-19", false)] // 端午节, a Friday
    [InlineData("2026-11-28", false)] // an ordinary Saturday
    [InlineData("2026-11-30", true)]  // an ordinary Monday
    public void IsWorkingDay_FollowsTheHolidayTable(string date, bool working) =>
        Assert.Equal(working, HolidayCalendar.Shipped.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-27T10:00:00+08:00", 1, "2026-11-30T10:00:00+08:00")] // Friday + 1: Monday, same hour
    [InlineData("2026-11-28T23:30:00+08:00", 1, "2026-11-30T23:30:00+08:00")] // from a Saturday
    [InlineData("2026-09-30T09:00:00+08:00", 5, "2026-10-13T09:00:00+08:00")] // across National Day and its make-up Saturday
    [InlineData("2026-11-30T09:00:00+08:00", 0, "2026-11-30T09:00:00+08:00")]
    public void After_EndsOnTheNthWorkingDay_AtTheSameBeijingTime(string start, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HolidayCalendar.Shipped.After(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void TheHolidayTable_NamesItsNoticeForEveryYear_AndCoversThisYear()
    {
        Assert.All(HolidayCalendar.Shipped.Years, y => Assert.StartsWith("国务院办公厅关于" + y.Year, y.Notice, StringComparison.Ordinal));
        Assert.Contains(HolidayCalendar.Shipped.Years, y => y.Year == 2026);
        // A make-up working day is a weekend day, and no day is both off and worked.
        Assert.All(HolidayCalendar.Shipped.Years.SelectMany(y => y.Workdays), d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Empty(HolidayCalendar.Shipped.Years.SelectMany(y => y.Workdays).Intersect(HolidayCalendar.Shipped.Years.SelectMany(y => y.DaysOff)));
    }
}
