using Beian.Time;

namespace Beian.Web.Pages;

/// <summary>How the console writes times: Beijing time, to the minute.</summary>
public static class Display
{
    public static string Time(DateTimeOffset? at) => at is { } value ? BeijingTime.Format(value) : "—";
}
