using System.Net;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Filings;

/// <summary>真人核验 from the wizard: the desktop hands over to the phone by a QR code (the mobile channel, R-FACE-05); the sandbox's camera answers there.</summary>
public class RealPersonInTheConsoleTests
{
    private const int Person = 308;
    private const string Email = "console308@example.com";

    [BrowserFact]
    public async Task TheDocumentsStepHandsTheFaceCheckToAPhone_WhereTheSandboxCameraTakesIt()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(TheDocumentsStepHandsTheFaceCheckToAPhone_WhereTheSandboxCameraTakesIt));
        var admin = await session.Platform.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { identities = new[] { new { number = TestPeople.IdNumber(Person), name = $"测试用户{Person}", expiresOn = "2036-01-01" } } });
        var api = await session.Journey.NewApplicantAsync(Email);
        var code = await FilingJourney.ServiceCodeAsync(api);
        var id = (await api.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(Person, "face-308.cn"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(Person, "face-308.cn", code));

        // On the desktop: a QR code per principal, and no camera.
        var desktop = await session.SignInAsync(Email);
        await desktop.GotoAsync($"/console/orders/{id}/documents");
        var tile = desktop.Locator("[data-face='subject.principal']");
        await tile.Locator("img").WaitForAsync();
        Assert.StartsWith("data:image/png;base64,", await tile.Locator("img").GetAttributeAsync("src"), StringComparison.Ordinal);
        await session.ShotAsync(desktop, "documents-with-face-qr");
        var link = await tile.GetByRole(AriaRole.Link, new() { Name = "真人核验链接" }).GetAttributeAsync("href");

        // On the phone, signed in to the same account: a dark picture fails with its reason, the principal's face passes.
        var phone = await session.SignInAsync(Email, phone: true);
        await phone.GotoAsync(link!);
        await session.ExpectAsync(phone, "主体负责人");
        await phone.GetByRole(AriaRole.Button, new() { Name = "模拟光线不足" }).ClickAsync();
        await session.ExpectAsync(phone, "未通过");
        await session.ShotAsync(phone, "face-failed-on-phone");
        await phone.GetByRole(AriaRole.Button, new() { Name = "模拟拍摄本人正脸" }).ClickAsync();
        await session.ExpectAsync(phone, "核验通过");
        await session.ShotAsync(phone, "face-passed-on-phone");

        await desktop.ReloadAsync();
        Assert.Contains("核验通过", await tile.InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>R-DOC-15: a principal elsewhere, with no account, finishes their part from a shared link on their phone.</summary>
    [BrowserFact]
    public async Task APrincipalElsewhere_UploadsTheirIdAndPassesTheFaceCheck_FromASharedLink_UntilItExpires()
    {
        const int remote = 310;
        await using var session = await ConsoleSession.StartAsync(nameof(APrincipalElsewhere_UploadsTheirIdAndPassesTheFaceCheck_FromASharedLink_UntilItExpires));
        var admin = await session.Platform.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { identities = new[] { new { number = TestPeople.IdNumber(remote), name = $"测试用户{remote}", expiresOn = "2036-01-01" } } });
        var api = await session.Journey.NewApplicantAsync("console309@example.com");
        var code = await FilingJourney.ServiceCodeAsync(api);
        var id = (await api.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(309, "share-309.cn"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(309, "share-309.cn", code, websitePrincipal: remote));

        // The owner makes a link for the website's principal.
        var desktop = await session.SignInAsync("console309@example.com");
        await desktop.GotoAsync($"/console/orders/{id}/documents");
        var tile = desktop.Locator("[data-face='websites[0].principal']");
        await tile.GetByRole(AriaRole.Button, new() { Name = "负责人不在身边？分享链接" }).ClickAsync();
        var shared = desktop.Locator("[data-share-link]");
        await shared.WaitForAsync();
        var link = await shared.GetAttributeAsync("data-share-link");
        await session.ShotAsync(desktop, "share-link-made");

        // A second browser, never signed in: the principal's phone.
        var principal = await session.PersonAsync(phone: true);
        await principal.GotoAsync(link!);
        await session.ExpectAsync(principal, "测**");
        await principal.Locator("form").Filter(new() { HasText = "上传身份证人像面" }).Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "front.png", MimeType = "image/png", Buffer = FilingJourney.CardImage() });
        await principal.GetByRole(AriaRole.Button, new() { Name = "上传身份证人像面" }).ClickAsync();
        await session.ExpectAsync(principal, "身份证人像面已上传");
        await principal.GetByRole(AriaRole.Button, new() { Name = "模拟拍摄本人正脸" }).ClickAsync();
        await session.ExpectAsync(principal, "核验通过");
        await session.ShotAsync(principal, "shared-link-done-on-phone");

        // The owner sees both; half an hour later the link opens nothing.
        await desktop.GotoAsync($"/console/orders/{id}/documents");
        Assert.Contains("核验通过", await tile.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("已上传", await desktop.Locator("[data-slot='principal-id:websites[0].principal']").InnerTextAsync(), StringComparison.Ordinal);
        session.Platform.Time.Advance(TimeSpan.FromMinutes(31));
        var expired = await principal.GotoAsync(link!);
        Assert.Equal(404, expired!.Status);
    }
}
