using Beian.Filings;
using Beian.Platform.Pages;
using Beian.Rules;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>Step 1, 基础信息校验: the same check as the API decides the filing type, then a draft order is kept.</summary>
public sealed class StartModel : ConsolePage
{
    [BindProperty]
    public string? ProvinceCode { get; set; }

    [BindProperty]
    public string? City { get; set; }

    [BindProperty]
    public string? Nature { get; set; } = nameof(SubjectNature.Individual);

    [BindProperty]
    public string? CertificateType { get; set; } = "居民身份证";

    [BindProperty]
    public string? CertificateNumber { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? CertificateAddress { get; set; }

    [BindProperty]
    public string? Domains { get; set; }

    [BindProperty]
    public bool ContinueAccess { get; set; }

    /// <summary>网站, APP, 小程序 or 快应用: what the filing is for (R-APP-01).</summary>
    [BindProperty]
    public string? ServiceType { get; set; } = nameof(Beian.Filings.ServiceType.Website);

    /// <summary>The app's, mini-program's or quick app's name, by which it is known at MIIT (R-APP-08).</summary>
    [BindProperty]
    public string? ServiceName { get; set; }

    public string? Detected { get; private set; }

    /// <summary>The order already in progress, if any: one account has one at a time (R-ORDER-01), so no form is offered.</summary>
    public OrderView? InProgress { get; private set; }

    public async Task OnGetAsync() =>
        InProgress = (await Service<MyOrders>().ListAsync(User, Aborted)).FirstOrDefault(o => o.State.IsInProgress());

    /// <summary>D03 / R-ACCT-02: the certificate is filed under another account here; the page offers the three ways on.</summary>
    public bool FiledUnderAnotherAccount => Notes("certificateNumber").Any(n => n.RuleId == "R-BASIC-05");

    public async Task OnPostCheckAsync()
    {
        var result = Take<StartFiling.CheckResult>(await Service<StartFiling>().CheckAsync(Form(), User, Aborted));
        if (result?.Block is { } block)
        {
            Checked = FindingsView.Of([block]);
        }

        Detected = result?.TypeName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var order = Take<OrderView>(await Service<StartFiling>().StartAsync(Form(), User, Aborted));
        return order is null ? Page() : Done($"已创建{order.TypeName}订单 {order.Number}，请继续填写主办者信息。", $"/console/orders/{order.Id}/subject");
    }

    private StartFiling.Request Form() => new(
        ProvinceCode,
        City,
        Enum.TryParse<SubjectNature>(Nature, out var nature) ? nature : SubjectNature.Individual,
        CertificateType,
        CertificateNumber,
        Name,
        CertificateAddress,
        Lines(Domains),
        ContinueAccess,
        Enum.TryParse<ServiceType>(ServiceType, out var type) ? type : Beian.Filings.ServiceType.Website,
        ServiceName);

    /// <summary>The basic check names fields plainly; the draft it builds names them under subject and the first website.</summary>
    public IReadOnlyList<FieldNote> Notes(string field) => field switch
    {
        "domains" => [.. About(field), .. About("websites[0].domains")],
        "serviceName" => [.. About("websites[0].name")],
        _ => [.. About(field), .. About("subject." + field)],
    };

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split(['\n', '\r', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
