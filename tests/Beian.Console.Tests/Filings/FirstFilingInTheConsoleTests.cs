using System.Text.RegularExpressions;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Filings;

/// <summary>A whole first filing done through the pages alone, by the applicant, the reviewer, MIIT and the bureau.</summary>
public partial class FirstFilingInTheConsoleTests
{
    private const int Person = 301;
    private const string Domain = "console-first.cn";

    [BrowserFact]
    public async Task AnApplicantFilesThroughTheWizard_FixesWhatTheRuleBookRejects_AndThePublicQueryFindsTheNumber()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(AnApplicantFilesThroughTheWizard_FixesWhatTheRuleBookRejects_AndThePublicQueryFindsTheNumber));
        var applicant = await session.PersonAsync();

        // Register; the console opens on an empty 我的备案 that says what to do first.
        await applicant.GotoAsync("/account/register");
        await session.ShotAsync(applicant, "register");
        await applicant.GetByLabel("姓名或单位名称").FillAsync("测试用户301");
        await applicant.GetByLabel("邮箱").FillAsync("console301@example.com");
        await applicant.GetByLabel("密码").FillAsync(TestPeople.Password);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "注册并登录" }).ClickAsync();
        await session.ExpectAsync(applicant, "您还没有备案");
        await session.ShotAsync(applicant, "my-filings-empty");

        // A (simulated) server and a service code.
        await applicant.GetByRole(AriaRole.Link, new() { Name = "申请备案服务码" }).ClickAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "模拟购买云服务器（沙箱）" }).ClickAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = "申请服务码" }).First.ClickAsync();
        await session.ExpectAsync(applicant, "已申请备案服务码");
        await session.ShotAsync(applicant, "instances");

        // 基础信息校验: the platform names the filing type.
        await applicant.GotoAsync("/console/start");
        await applicant.GetByLabel("主办单位所属区域").SelectOptionAsync("11");
        await applicant.GetByLabel("所属城市").FillAsync("北京市");
        await applicant.GetByLabel("证件号码").FillAsync(TestPeople.IdNumber(Person));
        await applicant.GetByLabel("主办单位或个人名称").FillAsync("测试用户301");
        await applicant.GetByLabel("证件住所").FillAsync("北京市海淀区中关村大街1号");
        await applicant.GetByLabel("网站域名").FillAsync(Domain);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();
        await session.ExpectAsync(applicant, "您应办理的备案类型为 首次备案");
        await session.ShotAsync(applicant, "basic-check");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();

        // 主办者信息.
        await session.ExpectAsync(applicant, "请继续填写主办者信息");
        await applicant.GetByLabel("通信地址").FillAsync("北京市海淀区中关村大街1号");
        await ConsoleSteps.FillPrincipalAsync(applicant, "Subject_Principal", Person, "console301@example.com");
        await session.ShotAsync(applicant, "subject");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();

        // 网站信息, with a name only state bodies may use.
        await session.ExpectAsync(applicant, "主办者信息已保存");
        await applicant.GetByLabel("网站名称").FillAsync("中国技术博客");
        await applicant.GetByLabel("备案服务码").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        Assert.True(await applicant.GetByLabel("同主体负责人").IsCheckedAsync()); // the same person, copied on save (R-PRIN-05)
        await session.ShotAsync(applicant, "website");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();

        // 上传资料: the rules are shown before the upload.
        await session.ExpectAsync(applicant, "200KB至4MB");
        await ConsoleSteps.UploadIdAsync(session, applicant, "subject.principal");
        await ConsoleSteps.UploadIdAsync(session, applicant, "websites[0].principal");
        await session.ShotAsync(applicant, "documents");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "下一步：信息核对" }).ClickAsync();

        // 信息核对: the rule book's finding is shown with its remedy and the field it concerns, and submission is not
        // offered until it is fixed.
        await session.ExpectAsync(applicant, "请先处理以下 1 个问题");
        await session.ExpectAsync(applicant, "「中国技术博客」 · 名称");
        Assert.True(await applicant.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).IsDisabledAsync());
        await session.ShotAsync(applicant, "confirm-with-finding");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "「中国技术博客」 · 名称" }).ClickAsync();
        await applicant.GetByLabel("网站名称").FillAsync("个人技术博客");

        // A website added by mistake is dropped from the confirm page itself (R-ORDER-10).
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并增加网站" }).ClickAsync();
        await session.ExpectAsync(applicant, "网站 2");
        await applicant.GetByLabel("网站名称").FillAsync("多余的网站");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();
        await applicant.GetByRole(AriaRole.Link, new() { Name = "下一步：信息核对" }).ClickAsync();
        await session.ExpectAsync(applicant, "网站 2：多余的网站");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "删除网站 2" }).ClickAsync();
        await session.ExpectAsync(applicant, "网站「多余的网站」已从本订单删除");
        await session.ExpectAsync(applicant, "提交前的各项检查均已通过");
        Assert.Equal(0, await applicant.Locator("section h2", new() { HasText = "多余的网站" }).CountAsync());
        await session.ShotAsync(applicant, "confirm-clean");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await session.ExpectAsync(applicant, "当前状态：待审核");
        await session.ShotAsync(applicant, "order-submitted");
        var orderUrl = applicant.Url;

        // The reviewer approves; the principal verifies MIIT's SMS; the bureau approves; the provider syncs.
        await ConsoleSteps.ReviewerApprovesAsync(session, "测试用户301");
        await ConsoleSteps.PrincipalVerifiesSmsAsync(session, Person);
        await ConsoleSteps.BureauApprovesAsync(session, "测试用户301");

        await applicant.GotoAsync(orderUrl);
        await session.ExpectAsync(applicant, "备案成功");
        await session.ShotAsync(applicant, "order-approved");
        await applicant.GotoAsync("/console");
        var websiteNumber = WebsiteNumber().Match(await applicant.Locator("main").InnerTextAsync()).Value;
        Assert.StartsWith("京ICP备", websiteNumber, StringComparison.Ordinal);
        await session.ShotAsync(applicant, "my-filings");

        // Anyone finds the website number in the public query.
        var visitor = await session.PersonAsync();
        await visitor.GotoAsync("/miit/query");
        await visitor.GetByLabel("域名").FillAsync(Domain);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await session.ExpectAsync(visitor, websiteNumber);
        await session.ShotAsync(visitor, "public-query");
    }

    [GeneratedRegex(@"京ICP备\d+号-\d+")]
    private static partial Regex WebsiteNumber();
}
