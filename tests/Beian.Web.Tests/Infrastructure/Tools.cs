namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// Suites that need a program from the machine (nginx). ./test.sh installs them and sets BEIAN_TEST_ALL, so CI never
/// leaves one out; plain `dotnet test` leaves a suite out when its program is missing.
/// </summary>
public static class Tools
{
    public static string? Nginx => Find("/usr/sbin/nginx", "/usr/bin/nginx");

    public static TheoryData<string> NginxSuite
    {
        get
        {
            var data = new TheoryData<string>();
            if (Nginx is not null || Environment.GetEnvironmentVariable("BEIAN_TEST_ALL") == "1")
            {
                data.Add("nginx");
            }

            return data;
        }
    }

    private static string? Find(params string[] paths) => paths.FirstOrDefault(File.Exists);
}
