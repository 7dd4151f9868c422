using System.Net;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Accounts;

/// <summary>备案转移 between two accounts in the console, and the support desk's appeal and offline transfer (R-ACCT-04, R-ACCT-05).</summary>
public class AccountSideInTheConsoleTests
{
    [BrowserFact]
    public async Task ARecordMovesToAnotherAccount_ByItsOwner_AndBySupportOffline()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(ARecordMovesToAnotherAccount_ByItsOwner_AndBySupportOffline));
        var journey = session.Journey;
        var api = await journey.NewApplicantAsync("console311@example.com");
        var (subject, _) = await journey.FiledAsync(api, 311, "move-311.cn");
        await journey.BindSecurityPhoneAsync(api);
        await journey.NewApplicantAsync("console312@example.com");

        // The owner starts the transfer with the security code…
        var owner = await session.SignInAsync("console311@example.com");
        await owner.GotoAsync("/console/transfers");
        await owner.GetByLabel("接收账号的登录邮箱").FillAsync("console312@example.com");
        await owner.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await session.ExpectAsync(owner, "验证码已发送至138****8000");
        await owner.GetByLabel("安全手机138****8000的验证码").FillAsync(await journey.SecurityCodeAsync(use: "备案转移"));
        await owner.GetByRole(AriaRole.Button, new() { Name = "发起转移" }).ClickAsync();
        await session.ExpectAsync(owner, "已发起备案转移");
        await session.ShotAsync(owner, "transfer-requested");

        // …and the receiver accepts: the record is on its 我的备案.
        var receiver = await session.SignInAsync("console312@example.com");
        await receiver.GotoAsync("/console/transfers");
        await session.ExpectAsync(receiver, "待接收的备案转移");
        await session.ShotAsync(receiver, "transfer-incoming");
        await receiver.GetByRole(AriaRole.Button, new() { Name = "接收" }).ClickAsync();
        await session.ExpectAsync(receiver, "已接收备案转移");
        await session.ExpectAsync(receiver, subject);

        // The receiver's phone is gone: an appeal with the holder's photo, granted on the support desk.
        var anonymous = session.Platform.CreateClient();
        using (var form = new MultipartFormDataContent
        {
            { new StringContent("console312@example.com"), "email" },
            { new StringContent("13700137000"), "newPhone" },
            { new StringContent("新手机"), "reason" },
            { new ByteArrayContent(FilingJourney.Photo()), "photo", "holding-id.jpg" },
        })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync(new Uri("/api/accounts/recover/appeals", UriKind.Relative), form)).StatusCode);
        }

        var support = await session.SignInAsync(DemoData.Admin);
        await support.GotoAsync("/support");
        await session.ExpectAsync(support, "待处理的申诉");
        await session.ShotAsync(support, "support-desk");
        var appeal = support.Locator("[data-appeal]").First;
        await appeal.GetByLabel("处理说明").FillAsync("照片与实名信息一致");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        await session.ExpectAsync(support, "申诉已通过");

        // Offline: the record goes on to a third account on the documents support checked.
        await journey.NewApplicantAsync("console313@example.com");
        await support.GetByLabel("主体备案号").FillAsync(subject);
        await support.GetByLabel("接收账号的登录邮箱").FillAsync("console313@example.com");
        foreach (var box in await support.Locator("input[name=Documents]").AllAsync())
        {
            await box.CheckAsync();
        }

        await support.GetByRole(AriaRole.Button, new() { Name = "转移", Exact = true }).ClickAsync();
        await session.ExpectAsync(support, "线下转移至账号");
        var third = await session.SignInAsync("console313@example.com");
        await session.ExpectAsync(third, subject);

        // 释放订单: an order held by a forgotten account, released on the desk by its number (R-ACCT-06).
        var forgotten = await journey.NewApplicantAsync("console314@example.com");
        var held = await forgotten.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(314, "held-314.cn"), HttpStatusCode.Created);
        await support.GotoAsync("/support");
        await support.GetByLabel("订单号").FillAsync(held.GetProperty("number").GetString()!);
        await support.GetByLabel("申请邮件与核验的资料").FillAsync("邮件 20261205-02，身份证正反面与手持照片");
        await support.GetByRole(AriaRole.Button, new() { Name = "释放订单" }).ClickAsync();
        await session.ExpectAsync(support, "已释放订单");
        Assert.Equal("Abandoned", (await forgotten.GetJsonAsync($"/api/orders/{held.GetProperty("id").GetGuid()}")).GetProperty("state").GetString());
    }
}
