using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Compliance;

/// <summary>An admin runs the special inspection from the console; the owner sees the case on 我的备案.</summary>
public class InspectionInTheConsoleTests
{
    [BrowserFact]
    public async Task TheAdminRunsTheInspection_AndTheOwnerSeesWhatToFixAndBy()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(TheAdminRunsTheInspection_AndTheOwnerSeesWhatToFixAndBy));
        var journey = session.Journey;
        var api = await journey.NewApplicantAsync("console303@example.com");
        await journey.FiledAsync(api, 303, "console-inspect.cn");
        var adminApi = await session.Platform.SignInAsync(DemoData.Admin);
        await adminApi.PostJsonAsync("/api/sandbox/registries", new { blacklist = new[] { new { kind = "unreachable-phone", value = TestPeople.Mobile(303 + 500) } } });

        var admin = await session.SignInAsync(DemoData.Admin);
        await admin.GotoAsync("/admin/compliance");
        await session.ExpectAsync(admin, "没有整改案件");
        await admin.GetByRole(AriaRole.Button, new() { Name = "注册库信息" }).ClickAsync();
        await session.ExpectAsync(admin, "联系电话不合格");
        Assert.Equal(["注册库信息"], await admin.Locator("section.card table tbody tr td:first-child").AllInnerTextsAsync());
        await session.ShotAsync(admin, "compliance");

        var owner = await session.SignInAsync("console303@example.com");
        await session.ExpectAsync(owner, "专项核查整改");
        await session.ExpectAsync(owner, "整改期限");
        await session.ShotAsync(owner, "my-filings-with-case");
    }
}
