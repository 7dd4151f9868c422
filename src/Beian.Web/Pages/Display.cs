using Beian.Time;

namespace Beian.Web.Pages;

/// <summary>How the console writes times (Beijing time, to the minute) and a principal's contacts.</summary>
public static class Display
{
    /// <summary>联系方式: Contact 1, the emergency phone, the landline where one was given, the e-mail.</summary>
    public static string Contacts(Features.Filings.PrincipalView p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return string.Join(" ／ ", new[] { p.Mobile, "应急 " + p.EmergencyPhone, p.Landline is null ? null : "座机 " + p.Landline, p.Email }.OfType<string>());
    }

    public static string Time(DateTimeOffset? at) => at is { } value ? BeijingTime.Format(value) : "—";

    /// <summary>A deadline stored as the first instant after it, written as the end of its last day: 2026-12-30 24:00.</summary>
    public static string Deadline(DateTimeOffset at) =>
        BeijingTime.DateOf(at.AddTicks(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 24:00";
}
