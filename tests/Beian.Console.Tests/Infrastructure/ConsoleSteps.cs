using System.Text.RegularExpressions;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Infrastructure;

/// <summary>The steps the staff and MIIT take through their pages, for the browser tests to compose.</summary>
public static partial class ConsoleSteps
{
    /// <summary>The reviewer opens the order from the workbench, picks it up, logs an answered call and approves it.</summary>
    public static async Task ReviewerApprovesAsync(ConsoleSession session, string subjectName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var reviewer = await session.SignInAsync(DemoData.Reviewer);
        await session.ExpectAsync(reviewer, subjectName);
        await session.ShotAsync(reviewer, "workbench-queue");
        await reviewer.Locator("tr", new() { HasText = subjectName }).Locator("a").First.ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "开始初审" }).ClickAsync();
        await reviewer.GetByLabel("通话记录").FillAsync("已核实姓名、证件号码与域名");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "已接通，核验无误" }).ClickAsync();
        await session.ExpectAsync(reviewer, "已记录：电话接通");
        await session.ShotAsync(reviewer, "workbench-order");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "初审通过并报送管局" }).ClickAsync();
        await session.ExpectAsync(reviewer, "初审通过，订单将报送管局");
        await reviewer.Context.CloseAsync();
    }

    /// <summary>The principal reads MIIT's code (from the development outbox) and enters it on the verification page.</summary>
    public static async Task PrincipalVerifiesSmsAsync(ConsoleSession session, int person)
    {
        ArgumentNullException.ThrowIfNull(session);
        var admin = await session.SignInAsync(DemoData.Admin);
        await admin.GotoAsync("/sandbox/outbox");
        await session.ShotAsync(admin, "outbox");
        var masked = TestPeople.Mobile(person)[..3] + "****" + TestPeople.Mobile(person)[^4..];
        var row = await admin.Locator("tr", new() { HasText = masked }).Filter(new() { HasText = "核验码" }).First.InnerTextAsync();
        var code = SmsCode().Match(row).Groups[1].Value;
        Assert.Matches("^[0-9]{6}$", code);
        await admin.Context.CloseAsync();

        var principal = await session.PersonAsync(phone: true);
        await principal.GotoAsync("/miit/sms");
        await principal.GetByLabel("手机号码").FillAsync(TestPeople.Mobile(person));
        await principal.GetByLabel("证件号码后六位").FillAsync(TestPeople.IdNumber(person)[^6..]);
        await principal.GetByLabel("验证码").FillAsync(code);
        await principal.GetByRole(AriaRole.Button, new() { Name = "提交核验" }).ClickAsync();
        await principal.Locator("main .notice.ok").WaitForAsync();
        await session.ShotAsync(principal, "sms-verified-phone");
        await principal.Context.CloseAsync();
        await session.Journey.SyncAsync();
    }

    /// <summary>The bureau operator opens the application of a subject, approves it from the whole application; the provider then syncs.</summary>
    public static async Task BureauApprovesAsync(ConsoleSession session, string subjectName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var bureau = await session.SignInAsync(DemoData.BureauOperator);
        await session.ExpectAsync(bureau, subjectName);
        await session.ShotAsync(bureau, "bureau-queue");
        await bureau.Locator("tr", new() { HasText = subjectName }).Locator("a").First.ClickAsync();
        await session.ExpectAsync(bureau, "主办者信息");
        await session.ShotAsync(bureau, "bureau-application");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await session.ExpectAsync(bureau, "备案号已分配");
        await bureau.Context.CloseAsync();
        await session.Journey.SyncAsync();
    }

    /// <summary>Fills a principal's fields (the form prefix, e.g. Subject_Principal) with a test person's data.</summary>
    public static async Task FillPrincipalAsync(IPage page, string prefix, int person, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator($"#{prefix}_Name").FillAsync($"测试用户{person}");
        await page.Locator($"#{prefix}_CertificateNumber").FillAsync(TestPeople.IdNumber(person));
        await page.Locator($"#{prefix}_Mobile").FillAsync(TestPeople.Mobile(person));
        await page.Locator($"#{prefix}_EmergencyPhone").FillAsync(TestPeople.Mobile(person + 500));
        await page.Locator($"#{prefix}_Email").FillAsync(email);
    }

    /// <summary>Uploads an ID photo into a principal's slot (the front of the ID card) on the documents step.</summary>
    public static async Task UploadIdAsync(ConsoleSession session, IPage page, string role)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(page);
        var slot = page.Locator($"[data-slot='principal-id:{role}']");
        await slot.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "id.png", MimeType = "image/png", Buffer = FilingJourney.CardImage() });
        await slot.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        await page.Locator($"[data-slot='principal-id:{role}'] img").WaitForAsync();
    }

    [GeneratedRegex(@"核验码为(\d{6})")]
    private static partial Regex SmsCode();
}
