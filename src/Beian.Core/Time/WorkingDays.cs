using Beian.Reference;

namespace Beian.Time;

/// <summary>
/// Working days (工作日) between Beijing dates: weekdays, less the public holidays, plus the weekend days worked instead
/// (调休上班), from the State Council's yearly notices (Reference/Data/holidays.json). A year not yet published counts
/// its weekdays only. Counted on the calendar the caller has in use.
/// </summary>
public static class WorkingDays
{
    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(this HolidayCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="start"/>: the same Beijing wall-clock time
    /// on the n-th working day that follows (0 is the start itself). A limit counted in working days ends there.
    /// </summary>
    public static DateTimeOffset After(this HolidayCalendar calendar, DateTimeOffset start, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var first = BeijingTime.DateOf(start);
        var date = first;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
            {
                left--;
            }
        }

        return start.AddDays(date.DayNumber - first.DayNumber);
    }
}
