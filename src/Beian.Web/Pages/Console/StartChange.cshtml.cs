using Beian.Accounts;
using Beian.Filings;
using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Beian.Web.Features.Records;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>A change begins with the code texted to the account's security phone (R-ACCT-08).</summary>
public sealed class StartChangeModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string IcpNumber { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public FilingType Type { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The bound security phone, masked; null when none is bound.</summary>
    public string? Phone { get; private set; }

    public string? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Type is not (FilingType.ChangeSubject or FilingType.ChangeWebsite))
        {
            return NotFound();
        }

        Phone = await Service<SecurityPhone>().MaskedAsync(User.Id(), Aborted);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        var sent = Take(await Service<SecurityPhone>().SendAsync(User, new(SecurityCodePurpose.StartChange), Aborted));
        Sent = sent is null ? null : $"验证码已发送至{sent.Phone}，10分钟内有效。";
        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var order = Take(await Service<MyRecords>().StartAsync(IcpNumber, new(Type, Code), User, Aborted));
        if (order is null)
        {
            return await OnGetAsync();
        }

        return Done($"已创建{order.TypeName}订单 {order.Number}。", $"/console/orders/{order.Id}/{(Type == FilingType.ChangeWebsite ? "websites" : "subject")}");
    }
}
