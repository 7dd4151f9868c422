namespace Beian.Time;

/// <summary>
/// Working days (工作日) between Beijing dates. Weekends only for now: the public-holiday and make-up-day table is
/// lifecycle work (issue #4) and will be read here.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
