using System.Text.RegularExpressions;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Filings;

/// <summary>An app filed through the wizard: its type at the basic check, its platform and features, its icon (#19).</summary>
public partial class AppFilingInTheConsoleTests
{
    private const int Person = 303;
    private const string Email = "console303@example.com";
    private const string Domain = "api.console-app.cn";

    [BrowserFact]
    public async Task AnApplicantFilesAnAppThroughTheWizard_WithItsPlatformAndIcon_AndMyFilingsShowsItsANumber()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(AnApplicantFilesAnAppThroughTheWizard_WithItsPlatformAndIcon_AndMyFilingsShowsItsANumber));
        var api = await session.Journey.NewApplicantAsync(Email);
        await FilingJourney.ServiceCodeAsync(api);
        var applicant = await session.SignInAsync(Email);

        // 基础信息校验 for an app: its type, name and back-end domain.
        await applicant.GotoAsync("/console/start");
        await applicant.GetByLabel("主办单位所属区域").SelectOptionAsync("11");
        await applicant.GetByLabel("所属城市").FillAsync("北京市");
        await applicant.GetByLabel("证件号码").FillAsync(TestPeople.IdNumber(Person));
        await applicant.GetByLabel("主办单位或个人名称").FillAsync("测试用户303");
        await applicant.GetByLabel("证件住所").FillAsync("北京市海淀区中关村大街1号");
        await applicant.GetByLabel("服务类型").SelectOptionAsync("App");
        await applicant.GetByLabel("APP、小程序或快应用名称").FillAsync("笔记三〇三");
        await applicant.GetByLabel("网站域名或APP后台服务域名").FillAsync(Domain);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await session.ExpectAsync(applicant, "请继续填写主办者信息");
        await applicant.GetByLabel("通信地址").FillAsync("北京市海淀区中关村大街1号");
        await ConsoleSteps.FillPrincipalAsync(applicant, "Subject_Principal", Person, Email);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();

        // APP信息: the app's own fields only (R-APP-02): a platform with its features, the content, no website fields.
        await session.ExpectAsync(applicant, "APP 1");
        Assert.Equal(0, await applicant.GetByLabel("网站内容类别").CountAsync());
        await applicant.GetByLabel("备案服务码").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await applicant.GetByLabel("运行于 安卓").CheckAsync();
        await applicant.Locator("#Platforms_0__PackageName").FillAsync("cn.console303.notes");
        await applicant.Locator("#Platforms_0__Fingerprint").FillAsync("01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:c3:03");
        await applicant.Locator("#Platforms_0__PublicKey").FillAsync("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
        await applicant.Locator("#Platforms_0__DomainsText").FillAsync(Domain);
        await applicant.GetByLabel("服务内容", new() { Exact = true }).SelectOptionAsync(["工具-备忘录"]);
        Assert.True(await applicant.GetByLabel("同主体负责人").IsCheckedAsync()); // the same person, copied on save (R-PRIN-05)
        await session.ShotAsync(applicant, "app");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();

        // 上传资料: the IDs and the app's icon (R-APP-17).
        await session.ExpectAsync(applicant, "APP信息已保存");
        await ConsoleSteps.UploadIdAsync(session, applicant, "subject.principal");
        await ConsoleSteps.UploadIdAsync(session, applicant, "websites[0].principal");
        var icon = applicant.Locator("[data-slot='app-icon:websites[0]']");
        await icon.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "icon.png", MimeType = "image/png", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[20 * 1024]] });
        await icon.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        await session.ExpectAsync(applicant, "已上传APP图标");
        await session.ShotAsync(applicant, "app-documents");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "下一步：信息核对" }).ClickAsync();
        await session.ExpectAsync(applicant, "提交前的各项检查均已通过");
        await session.ExpectAsync(applicant, "cn.console303.notes"); // 信息核对 shows the platform and its features
        await session.ShotAsync(applicant, "app-confirm");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await session.ExpectAsync(applicant, "当前状态：待审核");

        await ConsoleSteps.ReviewerApprovesAsync(session, "测试用户303");
        await ConsoleSteps.PrincipalVerifiesSmsAsync(session, Person);
        await ConsoleSteps.BureauApprovesAsync(session, "测试用户303");

        // 我的备案 lists the app with its number and its type; it offers 变更APP, and no footer code.
        await applicant.GotoAsync("/console");
        await session.ExpectAsync(applicant, "变更APP");
        var number = AppNumber().Match(await applicant.Locator("main").InnerTextAsync()).Value;
        Assert.EndsWith("-1A", number, StringComparison.Ordinal);
        Assert.Equal(0, await applicant.GetByText("底部备案号代码").CountAsync());
        await session.ShotAsync(applicant, "my-filings-app");
    }

    [GeneratedRegex(@"京ICP备\d+号-\d+A")]
    private static partial Regex AppNumber();
}
