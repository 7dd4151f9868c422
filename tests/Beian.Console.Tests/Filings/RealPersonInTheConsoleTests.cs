using System.Net;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Filings;

/// <summary>真人核验 from the wizard: the desktop hands over to the phone by a QR code; the sandbox's camera answers there.</summary>
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
}
