using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Navigation;

/// <summary>Where a person lands when signed out, lost, or in the wrong place: a Chinese page that says what to do.</summary>
public class SignInAndErrorPagesTests
{
    [BrowserFact]
    public async Task SignedOutPeopleAreSentToSignIn_AndEveryErrorPageIsChinese()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(SignedOutPeopleAreSentToSignIn_AndEveryErrorPageIsChinese));

        // Signed out: a console page leads to sign-in and, after it, back where the person wanted to go.
        var person = await session.PersonAsync();
        await person.GotoAsync("/console/instances");
        Assert.Contains("/account/sign-in", person.Url, StringComparison.Ordinal);
        await session.ShotAsync(person, "sign-in");
        await person.GetByLabel("邮箱").FillAsync(DemoData.Applicant);
        await person.GetByLabel("密码").FillAsync("wrong-password");
        await person.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await session.ExpectAsync(person, "邮箱或密码不正确");
        await person.GetByLabel("密码").FillAsync(DemoData.Password);
        await person.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await session.ExpectAsync(person, "我的备案服务码");
        Assert.EndsWith("/console/instances", person.Url, StringComparison.Ordinal);

        // An applicant in the reviewers' workbench, and an address that does not exist.
        await person.GotoAsync("/workbench");
        await session.ExpectAsync(person, "无权访问");
        await session.ShotAsync(person, "forbidden");
        var missing = await person.GotoAsync("/console/orders/" + Guid.NewGuid());
        Assert.Equal(404, missing!.Status);
        await session.ExpectAsync(person, "页面不存在");
        await session.ShotAsync(person, "not-found");

        // 退出 ends the sign-in: the console asks to sign in again.
        await person.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await session.ExpectAsync(person, "您已退出登录");
        await person.GotoAsync("/console/instances");
        Assert.Contains("/account/sign-in", person.Url, StringComparison.Ordinal);

        // The same pages on a phone-sized screen.
        var phone = await session.SignInAsync(DemoData.Applicant, phone: true);
        await phone.GotoAsync("/console/start");
        await session.ExpectAsync(phone, "基础信息校验");
        await session.ShotAsync(phone, "start-on-a-phone");
    }
}
