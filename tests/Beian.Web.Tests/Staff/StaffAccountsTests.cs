using System.Net;
using System.Net.Http.Json;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Staff;

public class StaffAccountsTests
{
    [Fact]
    public async Task OutsideSandbox_TheDemoAccountsAreDisabled_AndDemoDataRefusesToStart()
    {
        using var sandbox = new PlatformFactory(Databases.Sqlite);
        await sandbox.SignInAsync(DemoData.Admin);

        // The same database started outside sandbox: the published password no longer signs anyone in.
        using var production = new PlatformFactory(sandbox, new() { ["Platform:Sandbox"] = "false" });
        var refused = await production.CreateClient().PostAsJsonAsync("/api/accounts/login", new { email = DemoData.Admin, password = DemoData.Password });
        await refused.ProblemAsync(HttpStatusCode.Forbidden, "auth.account_disabled");

        // Not even an admin can switch a demo account back on there.
        var admin = await production.StaffAsync("admin", "root-prod@provider.example");
        var demoAdmin = (await admin.GetJsonAsync("/api/admin/staff")).EnumerateArray().Single(a => a.GetProperty("email").GetString() == DemoData.Admin).GetProperty("id").GetGuid();
        await (await admin.PostAsync(new Uri($"/api/admin/staff/{demoAdmin}/enable", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "staff.demo_account");

        using var demoOutsideSandbox = new PlatformFactory(Databases.Sqlite, new() { ["Platform:Sandbox"] = "false", ["Platform:DemoData"] = "true" });
        var failure = Assert.Throws<InvalidOperationException>(() => demoOutsideSandbox.CreateClient());
        Assert.Contains("sandbox", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitedReviewer_MustChangeTheFirstPassword_BeforeAnythingElse()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var invited = await admin.PostJsonAsync("/api/admin/staff", new { email = "wang@provider.example", role = "reviewer", displayName = "初审员小王" }, HttpStatusCode.Created);
        var first = invited.GetProperty("firstPassword").GetString()!;

        var reviewer = await factory.SignInAsync("wang@provider.example", first);
        await (await reviewer.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "account.password_change_required");
        await reviewer.PostJsonAsync("/api/accounts/password", new { currentPassword = first, newPassword = TestPeople.Password }, HttpStatusCode.NoContent);

        // The change ended the first sign-in; the reviewer signs in with their own password and works.
        await (await reviewer.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        var working = await factory.SignInAsync("wang@provider.example");
        await working.GetJsonAsync("/api/review/queue");
        await (await factory.CreateClient().PostAsJsonAsync("/api/accounts/login", new { email = "wang@provider.example", password = first })).ProblemAsync(HttpStatusCode.Unauthorized, "auth.invalid_credentials");
    }

    [Fact]
    public async Task DisablingOrReroling_EndsTheSessionsAtOnce_AndEveryChangeIsAudited()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var reviewer = await factory.StaffAsync("reviewer", "li@provider.example");
        var id = (await admin.GetJsonAsync("/api/admin/staff")).EnumerateArray().Single(s => s.GetProperty("email").GetString() == "li@provider.example").GetProperty("id").GetGuid();

        await admin.PutJsonAsync($"/api/admin/staff/{id}/role", new { role = "support" });
        await (await reviewer.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        var support = await factory.SignInAsync("li@provider.example");
        await (await support.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        await admin.PostJsonAsync($"/api/admin/staff/{id}/disable", null);
        await (await support.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        await (await factory.CreateClient().PostAsJsonAsync("/api/accounts/login", new { email = "li@provider.example", password = TestPeople.Password })).ProblemAsync(HttpStatusCode.Forbidden, "auth.account_disabled");

        // An admin cannot lock themselves out.
        var me = (await admin.GetJsonAsync("/api/accounts/me")).GetProperty("id").GetGuid();
        await (await admin.PostAsync(new Uri($"/api/admin/staff/{me}/disable", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "staff.self");

        await using var scope = factory.Scope();
        var audit = await scope.ServiceProvider.GetRequiredService<ProviderDb>().Audit.Where(a => a.Target == "user/li@provider.example").Select(a => a.Action).ToListAsync();
        Assert.Equal(["account.password-changed", "staff.disabled", "staff.invited", "staff.role-changed"], audit.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheCommandLine_OpensTheFirstAdminOutsideSandbox()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Platform:Sandbox"] = "false" });
        var admin = await factory.StaffAsync("admin", "root@provider.example");
        var staff = await admin.GetJsonAsync("/api/admin/staff");
        Assert.Contains(staff.EnumerateArray(), s => s.GetProperty("email").GetString() == "root@provider.example" && s.GetProperty("role").GetString() == "admin");
    }
}
