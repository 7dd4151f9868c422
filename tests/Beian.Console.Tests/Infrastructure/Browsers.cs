namespace Beian.Console.Tests.Infrastructure;

/// <summary>Debian's Chromium, which ./test.sh installs together with a CJK font.</summary>
public static class Browsers
{
    public const string ChromiumPath = "/usr/lib/chromium/chromium";
}

/// <summary>
/// A browser test. Plain `dotnet test` leaves it out, saying why, when Chromium is missing; ./test.sh installs Chromium
/// and sets BEIAN_TEST_ALL, so CI never leaves one out (and counts a left-out test as failed).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browsers.ChromiumPath) && Environment.GetEnvironmentVariable("BEIAN_TEST_ALL") != "1")
        {
            Skip = "Chromium is not installed (apt: chromium fonts-wqy-zenhei); ./test.sh installs it and runs this test.";
        }
    }
}
