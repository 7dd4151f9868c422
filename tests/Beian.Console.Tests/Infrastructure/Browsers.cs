namespace Beian.Console.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, which ./test.sh installs (with a CJK font) and CI never leaves out; plain `dotnet test` leaves the
/// browser suite out when Chromium is missing.
/// </summary>
public static class Browsers
{
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    public static TheoryData<string> Chromium
    {
        get
        {
            var data = new TheoryData<string>();
            if (File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("BEIAN_TEST_ALL") == "1")
            {
                data.Add("chromium");
            }

            return data;
        }
    }
}
