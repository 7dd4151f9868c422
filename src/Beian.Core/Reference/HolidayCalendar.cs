namespace Beian.Reference;

/// <summary>One year's public holidays (放假) and make-up working days (调休上班), with the notice they come from.</summary>
public sealed record HolidayYear(int Year, string Notice, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> Workdays);

/// <summary>
/// The holiday table (节假日安排) behind every working-day limit: versioned data shipped with the product, which an
/// admin replaces when the State Council publishes a new year (as part of <see cref="ReferenceTables"/>).
/// </summary>
public sealed class HolidayCalendar
{
    private static readonly Lazy<HolidayCalendar> ShippedCalendar = new(() =>
    {
        var file = ReferenceData.Read<HolidayFile>("holidays.json");
        return new HolidayCalendar(file.Years, file.Version);
    });

    private readonly HashSet<DateOnly> _daysOff;
    private readonly HashSet<DateOnly> _workdays;

    public HolidayCalendar(IEnumerable<HolidayYear> years, string version)
    {
        ArgumentNullException.ThrowIfNull(years);
        Years = [.. years.OrderBy(y => y.Year)];
        Version = version;
        _daysOff = [.. Years.SelectMany(y => y.DaysOff)];
        _workdays = [.. Years.SelectMany(y => y.Workdays)];
    }

    /// <summary>The table shipped with this version (Reference/Data/holidays.json).</summary>
    public static HolidayCalendar Shipped => ShippedCalendar.Value;

    public IReadOnlyList<HolidayYear> Years { get; }

    public string Version { get; }

    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (!_daysOff.Contains(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    private sealed record HolidayFile(string Source, string Version, IReadOnlyList<HolidayYear> Years);
}
