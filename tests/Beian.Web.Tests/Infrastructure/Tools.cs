namespace Beian.Web.Tests.Infrastructure;

/// <summary>Programs from the machine that some suites need (nginx and Debian's Lua module for it).</summary>
public static class Tools
{
    public static string? Nginx => Find("/usr/sbin/nginx", "/usr/bin/nginx");

    /// <summary>Debian's libnginx-mod-http-lua and the NDK it needs, for nginx's own gate.</summary>
    public static string? NginxLua => Find("/usr/lib/nginx/modules/ngx_http_lua_module.so");

    private static string? Find(params string[] paths) => paths.FirstOrDefault(File.Exists);
}

/// <summary>
/// A test that runs a real nginx. Plain `dotnet test` leaves it out, saying why, when nginx or its Lua module is missing;
/// ./test.sh installs both and sets BEIAN_TEST_ALL, so CI never leaves it out (and counts a left-out test as failed).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if ((Tools.Nginx is null || Tools.NginxLua is null) && Environment.GetEnvironmentVariable("BEIAN_TEST_ALL") != "1")
        {
            Skip = "nginx or libnginx-mod-http-lua is not installed; ./test.sh installs them and runs this test.";
        }
    }
}
