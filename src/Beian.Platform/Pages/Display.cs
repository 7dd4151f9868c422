using Beian.Time;

namespace Beian.Platform.Pages;

/// <summary>How the console writes times (Beijing time, to the minute), deadlines and provinces.</summary>
public static class Display
{
    public static string Time(DateTimeOffset? at) => at is { } value ? BeijingTime.Format(value) : "—";

    /// <summary>A deadline stored as the first instant after it, written as the end of its last day: 2026-12-30 24:00.</summary>
    public static string Deadline(DateTimeOffset at) =>
        BeijingTime.DateOf(at.AddTicks(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 24:00";

    /// <summary>A province's name by its code (the code itself when unknown).</summary>
    public static string ProvinceName(string code) => Beian.Reference.Provinces.FindByCode(code)?.Name ?? code;
}
