using Beian.Filings;
using Beian.Platform.Pages;
using Beian.Records;
using Beian.Web.Features.Compliance;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Records;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>我的备案: the filed subject and websites with the actions allowed now, and the account's orders.</summary>
public sealed class MyFilingsModel : ConsolePage
{
    public IReadOnlyList<RecordSubjectView> Records { get; private set; } = [];

    public IReadOnlyList<OrderView> InProgress { get; private set; } = [];

    public IReadOnlyList<OrderView> History { get; private set; } = [];

    /// <summary>The open special-inspection cases on this account's records.</summary>
    public IReadOnlyList<Features.Compliance.CaseView> Cases { get; private set; } = [];

    /// <summary>What an action is called on the record page; a service's actions name its type (变更APP, 注销小程序).</summary>
    public static string ActionName(FilingType type, ServiceType service = ServiceType.Website) => type switch
    {
        FilingType.NewWebsiteSubjectHere => "增加网站或APP",
        FilingType.ChangeSubject => "变更主体",
        FilingType.CancelSubject => "注销主体",
        FilingType.ChangeWebsite => "变更" + service.ChineseName(),
        FilingType.CancelWebsite => "注销" + service.ChineseName(),
        FilingType.CancelAccess => "取消接入",
        _ => type.ChineseName(),
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostStartAsync(string icpNumber, FilingType type)
    {
        if (type == FilingType.NewWebsiteSubjectHere)
        {
            // A new website starts with the basic check, which recognises the subject filed here.
            return Redirect("/console/start");
        }

        if (type is FilingType.ChangeSubject or FilingType.ChangeWebsite)
        {
            // R-ACCT-08: a change asks for the security phone's code first.
            return Redirect($"/console/records/{Uri.EscapeDataString(icpNumber)}/change/{type}");
        }

        var order = Take<OrderView>(await Service<MyRecords>().StartAsync(icpNumber, new(type), User, Aborted));
        if (order is null)
        {
            await LoadAsync();
            return Page();
        }

        var next = type.PathOf() == ReviewPath.DirectToBureau ? "confirm" : type == FilingType.ChangeWebsite ? "websites" : "subject";
        return Done($"已创建{order.TypeName}订单 {order.Number}。", $"/console/orders/{order.Id}/{next}");
    }

    private async Task LoadAsync()
    {
        Records = await Service<MyRecords>().ListAsync(User, Aborted);
        var orders = await Service<MyOrders>().ListAsync(User, Aborted);
        InProgress = [.. orders.Where(o => o.State.IsInProgress())];
        History = [.. orders.Where(o => !o.State.IsInProgress())];
        Cases = [.. (await Service<ComplianceCases>().MyCasesAsync(User, Aborted)).Where(c => c.State == Beian.Compliance.CaseState.Open)];
    }
}
