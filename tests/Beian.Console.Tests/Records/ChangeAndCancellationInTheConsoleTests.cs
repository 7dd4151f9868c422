using Beian.Console.Tests.Infrastructure;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Records;

/// <summary>A filed subject changed and then cancelled from 我的备案, through the pages alone.</summary>
public class ChangeAndCancellationInTheConsoleTests
{
    private const int Person = 302;
    private const string Email = "console302@example.com";
    private const string Subject = "测试用户302";

    [BrowserFact]
    public async Task AnOwnerChangesTheSubject_ThenCancelsIt_FromMyFilings()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(AnOwnerChangesTheSubject_ThenCancelsIt_FromMyFilings));
        await FileOverTheApiAsync(session);
        var owner = await session.SignInAsync(Email);
        await session.ExpectAsync(owner, "主体备案号");
        await session.ShotAsync(owner, "my-filings");

        // 备案证明: the record page made to be printed, the console around it left out on paper (R-MISC-04).
        await owner.GetByRole(AriaRole.Link, new() { Name = "打印备案证明" }).ClickAsync();
        await session.ExpectAsync(owner, "ICP备案证明");
        await session.ExpectAsync(owner, "console-change.cn");
        await owner.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await owner.Locator("nav.side").IsVisibleAsync());
        Assert.False(await owner.GetByRole(AriaRole.Button, new() { Name = "打印或另存为PDF" }).IsVisibleAsync());
        await session.ShotAsync(owner, "certificate-printed");
        await owner.EmulateMediaAsync(new() { Media = Media.Screen });
        await owner.GotoAsync("/console");

        // 变更主体 asks for the security phone's code (R-ACCT-08): none is bound yet, so the owner binds one first.
        await owner.GetByRole(AriaRole.Button, new() { Name = "变更主体" }).ClickAsync();
        await session.ExpectAsync(owner, "尚未绑定安全手机");
        await owner.GotoAsync("/console/account");
        await owner.GetByLabel("手机号码").FillAsync(FilingJourney.SecurityMobile);
        await owner.GetByRole(AriaRole.Button, new() { Name = "获取新手机验证码" }).ClickAsync();
        await session.ExpectAsync(owner, "验证码已发送至138****8000");
        await owner.GetByLabel("新手机验证码").FillAsync(await session.Journey.SecurityCodeAsync(use: "绑定安全手机"));
        await owner.GetByRole(AriaRole.Button, new() { Name = "绑定" }).ClickAsync();
        await session.ExpectAsync(owner, "安全手机已设置为138****8000");
        await owner.GotoAsync("/console");

        // 变更主体: a new mailing address, the same review path as a filing.
        await owner.GetByRole(AriaRole.Button, new() { Name = "变更主体" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await session.ExpectAsync(owner, "验证码已发送至138****8000");
        await owner.GetByLabel("短信验证码").FillAsync(await session.Journey.SecurityCodeAsync(use: "办理变更备案"));
        await session.ShotAsync(owner, "change-security-code");
        await owner.GetByRole(AriaRole.Button, new() { Name = "验证并开始变更主体" }).ClickAsync();
        await session.ExpectAsync(owner, "已创建变更主体订单");
        await owner.GetByLabel("通信地址").FillAsync("北京市海淀区中关村大街27号");
        await session.ShotAsync(owner, "change-subject");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();
        await session.ExpectAsync(owner, "主办者信息已保存");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();
        await ConsoleSteps.UploadIdAsync(session, owner, "subject.principal");
        await ConsoleSteps.UploadIdAsync(session, owner, "websites[0].principal");
        await owner.GetByRole(AriaRole.Link, new() { Name = "下一步：信息核对" }).ClickAsync();
        await session.ExpectAsync(owner, "中关村大街27号");
        await owner.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await session.ExpectAsync(owner, "当前状态：待审核");
        await session.ShotAsync(owner, "change-submitted");
        var changeUrl = owner.Url;

        await ConsoleSteps.ReviewerApprovesAsync(session, Subject);
        await ConsoleSteps.PrincipalVerifiesSmsAsync(session, Person);
        await ConsoleSteps.BureauApprovesAsync(session, Subject);
        await owner.GotoAsync(changeUrl);
        await session.ExpectAsync(owner, "备案成功");
        await session.ShotAsync(owner, "change-approved");

        // 注销主体: kept apart from the other actions, red, and sent only once the owner confirms it cannot be undone.
        await owner.GotoAsync("/console");
        await owner.GetByText("注销主体", new() { Exact = true }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "开始办理注销主体" }).ClickAsync();
        await session.ExpectAsync(owner, "不可撤回、不可恢复");
        await session.ShotAsync(owner, "cancel-needs-confirmation");
        await owner.GetByLabel("我已知晓上述后果，确认提交").CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "确认注销主体" }).ClickAsync();
        await session.ExpectAsync(owner, "已提交");
        await session.ShotAsync(owner, "cancel-submitted");

        await ConsoleSteps.BureauApprovesAsync(session, Subject);
        await owner.GotoAsync("/console");
        await session.ExpectAsync(owner, "已注销");
        await session.ShotAsync(owner, "my-filings-cancelled");
        Assert.Equal(0, await owner.GetByRole(AriaRole.Button, new() { Name = "变更主体" }).CountAsync());
    }

    /// <summary>The first filing itself is pinned by the first-filing browser test; here it is only the starting point.</summary>
    private static async Task FileOverTheApiAsync(ConsoleSession session)
    {
        var journey = session.Journey;
        var applicant = await journey.NewApplicantAsync(Email);
        var filed = await FilingJourney.FileAsync(applicant, Person, "console-change.cn");
        await journey.ReviewerApprovesAsync(filed.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(Person);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(filed.GetProperty("number").GetString()!);
        await journey.SyncAsync();
    }
}
