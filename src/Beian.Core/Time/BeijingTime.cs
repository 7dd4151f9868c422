namespace Beian.Time;

/// <summary>
/// Business dates are Beijing dates (UTC+8). China has kept a fixed offset without daylight saving since 1991, so a
/// fixed offset is exact for every date the platform deals with and needs no time-zone database on the host.
/// </summary>
public static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a Beijing date starts.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>An instant as Beijing wall-clock time, e.g. 2026-11-30 11:00.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today's Beijing date.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }
}
