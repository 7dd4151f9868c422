namespace Beian.Web.Tests.Infrastructure;

/// <summary>Programs from the machine that some suites need (nginx).</summary>
public static class Tools
{
    public static string? Nginx => Find("/usr/sbin/nginx", "/usr/bin/nginx");

    private static string? Find(params string[] paths) => paths.FirstOrDefault(File.Exists);
}

/// <summary>
/// A test that runs a real nginx. Plain `dotnet test` leaves it out, saying why, when nginx is missing; ./test.sh
/// installs nginx and sets BEIAN_TEST_ALL, so CI never leaves it out (and counts a left-out test as failed).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (Tools.Nginx is null && Environment.GetEnvironmentVariable("BEIAN_TEST_ALL") != "1")
        {
            Skip = "nginx is not installed; ./test.sh installs it and runs this test.";
        }
    }
}
