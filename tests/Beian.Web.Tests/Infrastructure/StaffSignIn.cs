using System.Net;
using System.Text.RegularExpressions;
using Beian.Web.Infrastructure;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>Staff accounts as an operator opens them: the command line, the first password, its change.</summary>
public static partial class StaffSignIn
{
    /// <summary>Runs <c>users add</c> and returns the first password it printed.</summary>
    public static async Task<string> AddAsync(PlatformFactory factory, string role, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var output = new StringWriter();
        var exit = await Commands.RunAsync(factory.Services, ["users", "add", "--role", role, "--email", email], output, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        return FirstPassword().Match(output.ToString()).Groups["password"].Value;
    }

    /// <summary>A staff member opened by the command, signed in with its own password after the first change.</summary>
    public static async Task<HttpClient> StaffAsync(this PlatformFactory factory, string role, string email)
    {
        var first = await AddAsync(factory, role, email);
        var client = await factory.SignInAsync(email, first);
        await client.PostJsonAsync("/api/accounts/password", new { currentPassword = first, newPassword = TestPeople.Password }, HttpStatusCode.NoContent);
        return await factory.SignInAsync(email);
    }

    [GeneratedRegex("初始密码[^：]*：(?<password>\\S+)")]
    private static partial Regex FirstPassword();
}
