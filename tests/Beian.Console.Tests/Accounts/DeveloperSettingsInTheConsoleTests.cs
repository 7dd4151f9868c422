using System.Net.Http.Headers;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Webhooks;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Accounts;

/// <summary>开发者设置: an integrator makes an API key and an event push in the console and watches the delivery log.</summary>
public class DeveloperSettingsInTheConsoleTests
{
    [BrowserFact]
    public async Task AnIntegratorMakesAKeyAndAPush_SeesEachSecretOnce_AndTheDeliveryLog()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(AnIntegratorMakesAKeyAndAPush_SeesEachSecretOnce_AndTheDeliveryLog), new() { ["Webhooks:AllowedNetworks:0"] = "127.0.0.0/8" });
        await using var receiver = await WebhookReceiver.StartAsync(session.Platform.Time.GetUtcNow);
        var api = await session.Journey.NewApplicantAsync("console-dev@example.com");
        var page = await session.SignInAsync("console-dev@example.com");
        await page.GotoAsync("/console/developer");

        await page.GetByLabel("名称").FillAsync("计费系统");
        await page.GetByLabel("读取备案信息").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "创建密钥" }).ClickAsync();
        await session.ExpectAsync(page, "新的 API 密钥");
        var key = await page.Locator("#new-secret").InnerTextAsync();
        using (var machine = session.Platform.CreateClient())
        {
            machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            Assert.True((await machine.GetAsync(new Uri("/api/records", UriKind.Relative))).IsSuccessStatusCode);
        }

        await page.GotoAsync("/console/developer");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        await session.ExpectAsync(page, "计费系统");

        await page.GetByLabel("接收地址").FillAsync(receiver.Url);
        await page.GetByLabel("备案服务码已发放").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加推送地址" }).ClickAsync();
        await session.ExpectAsync(page, "只显示这一次");
        receiver.Secrets.Add(await page.Locator("#new-hook-secret").InnerTextAsync());
        await session.ShotAsync(page, "developer-settings");

        await FilingJourney.ServiceCodeAsync(api);
        await session.Platform.SweepAsync();
        await session.Platform.Services.GetRequiredService<DeliverWebhooks>().RunAsync(CancellationToken.None);
        Assert.True(Assert.Single(receiver.Requests).SignatureValid);

        await page.GotoAsync("/console/developer");
        await page.GetByRole(AriaRole.Link, new() { Name = "推送记录" }).ClickAsync();
        await session.ExpectAsync(page, "已送达");
        await session.ExpectAsync(page, receiver.Requests.Single().EventId);
        await session.ShotAsync(page, "webhook-log");
    }
}
