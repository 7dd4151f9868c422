using System.Net;
using System.Text.RegularExpressions;
using Beian.Console.Tests.Infrastructure;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Navigation;

/// <summary>
/// The applicant always knows where they stand: every page speaks Chinese without internal codes, a draft lists all
/// that stops it at once, no action is offered that the page knows would fail, and the message centre and the stage bar
/// follow the order; the reviewer decides with the documents in view.
/// </summary>
public partial class ApplicantPagesTests
{
    private const int Person = 304;
    private const string Email = "console304@example.com";

    [BrowserFact]
    public async Task EveryApplicantPage_NamesFieldsInChinese_AndShowsNoInternalCode_WhileADraftListsAllItLacks()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(EveryApplicantPage_NamesFieldsInChinese_AndShowsNoInternalCode_WhileADraftListsAllItLacks));
        var api = await session.Journey.NewApplicantAsync(Email);
        await FilingJourney.ServiceCodeAsync(api);
        var order = await api.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(Person, "console-304.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        var applicant = await session.SignInAsync(Email);
        // A draft without a website name, a service code or a website principal: the confirm page lists them together
        // and does not offer submission.
        await applicant.GotoAsync($"/console/orders/{id}/confirm");
        var problems = applicant.Locator("main .notice.bad li");
        Assert.True(await problems.CountAsync() >= 3, await applicant.Locator("main").InnerTextAsync());
        Assert.True(await applicant.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).IsDisabledAsync());
        await session.ShotAsync(applicant, "confirm-lists-everything");

        // Saving a step that is not finished says so, instead of a plain 「已保存」.
        await applicant.GotoAsync($"/console/orders/{id}/websites");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存并继续" }).ClickAsync();
        await session.ExpectAsync(applicant, "须在提交前完善");

        // With an order running, 我的备案 does not invite a second one.
        await applicant.GotoAsync("/console");
        await session.ExpectAsync(applicant, "进行中的订单");
        Assert.Equal(0, await applicant.GetByRole(AriaRole.Link, new() { Name = "开始备案", Exact = true }).CountAsync());
        await applicant.GotoAsync("/console/start");
        await session.ExpectAsync(applicant, "您有一个进行中的订单");
        Assert.Equal(0, await applicant.GetByRole(AriaRole.Button, new() { Name = "校验" }).CountAsync());

        string[] pages =
        [
            "/console", "/console/instances", "/console/messages", "/console/account", "/console/diagnosis?domain=console-304.cn", "/console/start",
            $"/console/orders/{id}", $"/console/orders/{id}/subject", $"/console/orders/{id}/websites", $"/console/orders/{id}/documents", $"/console/orders/{id}/confirm",
        ];
        foreach (var page in pages)
        {
            await applicant.GotoAsync(page);
            await session.ShotAsync(applicant, page.Trim('/').Replace('/', '-').Split('?')[0]);
            var text = await applicant.Locator("body").InnerTextAsync();
            var leak = InternalCode().Match(text);
            Assert.False(leak.Success, $"{page} shows 「{leak.Value}」 to the applicant");
        }

        // An individual is their own principal, prefilled; an individual is not offered an organisation's certificate.
        await applicant.GotoAsync($"/console/orders/{id}/subject");
        Assert.Equal("测试用户304", await applicant.Locator("#Subject_Principal_Name").InputValueAsync());
        Assert.Equal(0, await applicant.Locator("#Subject_CertificateType option[value='营业执照']").CountAsync());

        // The same console on a phone: the side navigation becomes a strip and the stage bar still fits.
        var phone = await session.SignInAsync(Email, phone: true);
        await phone.GotoAsync($"/console/orders/{id}");
        await session.ExpectAsync(phone, "订单尚未提交");
        await session.ShotAsync(phone, "order-on-a-phone");
    }

    [BrowserFact]
    public async Task TheReviewerSeesEachDocumentBesideItsChecklist_AndTheApplicantFollowsTheStagesAndMessages()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(TheReviewerSeesEachDocumentBesideItsChecklist_AndTheApplicantFollowsTheStagesAndMessages));
        var api = await session.Journey.NewApplicantAsync(Email);
        var code = await FilingJourney.ServiceCodeAsync(api);
        var id = (await api.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(Person, "console-304.cn"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(Person, "console-304.cn", code));
        await FilingJourney.UploadDocumentsAsync(api, id, FilingJourney.CardImage());
        var submitted = await api.PostJsonAsync($"/api/orders/{id}/submit", null);

        var applicant = await session.SignInAsync(Email);
        await applicant.GotoAsync($"/console/orders/{id}");
        Assert.EndsWith("初审", (await applicant.Locator("nav.stages li[aria-current=step]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await session.ExpectAsync(applicant, "后可催办");
        Assert.Equal(0, await applicant.GetByRole(AriaRole.Button, new() { Name = "催办" }).CountAsync());
        await session.ShotAsync(applicant, "order-in-review");

        // The reviewer finds the order by its domain, sees the documents with what to check on each, and opens one.
        var reviewer = await session.SignInAsync(DemoData.Reviewer);
        await reviewer.GotoAsync("/workbench?q=console-304.cn");
        Assert.Equal(1, await reviewer.Locator("main tbody tr").CountAsync());
        await reviewer.Locator("main tbody tr a").First.ClickAsync();
        var slot = reviewer.Locator("[data-slot='principal-id:subject.principal']");
        await slot.Locator("img").WaitForAsync();
        await session.ExpectAsync(reviewer, "姓名、证件号码与填写的负责人信息一致");
        await session.ShotAsync(reviewer, "review-with-documents");
        var original = await reviewer.Context.APIRequest.GetAsync(await slot.Locator("a.thumb").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, original.Status);
        Assert.Equal("image/png", original.Headers["content-type"]);
        Assert.Equal("no-store", original.Headers["cache-control"]);
        using (var scope = session.Platform.Services.CreateScope())
        {
            var views = await scope.ServiceProvider.GetRequiredService<ProviderDb>().Audit.Where(a => a.Action == "document.view").ToListAsync();
            Assert.NotEmpty(views);
            Assert.All(views, v => Assert.Contains(submitted.GetProperty("number").GetString()!, v.Target, StringComparison.Ordinal));
        }

        await reviewer.Context.CloseAsync();
        await ConsoleSteps.ReviewerApprovesAsync(session, "测试用户304");
        await session.Journey.SyncAsync();

        // At MIIT: the stage bar says so, the page explains the lag after a successful check, the message centre has the notice.
        await applicant.GotoAsync($"/console/orders/{id}");
        Assert.EndsWith("短信核验", (await applicant.Locator("nav.stages li[aria-current=step]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await session.ExpectAsync(applicant, "状态随后自动更新");
        await session.ShotAsync(applicant, "order-awaiting-sms");
        await applicant.GotoAsync("/console/messages");
        await session.ExpectAsync(applicant, "待短信核验");

        await ConsoleSteps.PrincipalVerifiesSmsAsync(session, Person);
        await ConsoleSteps.BureauApprovesAsync(session, "测试用户304");
        await applicant.GotoAsync($"/console/orders/{id}");
        Assert.Equal(5, await applicant.Locator("nav.stages li.done").CountAsync());
        await session.ExpectAsync(applicant, "公安联网备案");
        await session.ShotAsync(applicant, "order-approved");
        await applicant.GotoAsync("/console/messages");
        await session.ExpectAsync(applicant, "已通过管局审核");
        await session.ShotAsync(applicant, "messages");
    }

    /// <summary>What an applicant must never read: a rule or catalog ID, a JSON path, a problem code.</summary>
    [GeneratedRegex(@"\b(R|REJ|INSP|AMB)-[A-Z]+|\b(websites|subject|documents)(\[\d+\])?\.[a-z]|\b[a-z]+\.[A-Z][A-Za-z]+\b|\b[a-z]+\.[a-z]+_[a-z_]+\b")]
    private static partial Regex InternalCode();
}
