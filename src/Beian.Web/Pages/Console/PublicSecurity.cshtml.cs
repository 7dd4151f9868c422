using Beian.Web.Features.Records;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>公安联网备案 of one website: the deadline, what to bring from the provider, and the number once filed.</summary>
public sealed class PublicSecurityModel : Beian.Platform.Pages.ConsolePage
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public DateOnly? LaunchedOn { get; set; }

    public PublicSecurity.View? Filing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string icpNumber)
    {
        Filing = Take(await Service<PublicSecurity>().GetAsync(icpNumber, User, Aborted));
        if (Filing is null)
        {
            return NotFound();
        }

        (Number, LaunchedOn) = (Filing.Number, Filing.LaunchedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string icpNumber)
    {
        var saved = Take(await Service<PublicSecurity>().UpdateAsync(icpNumber, new(Number, LaunchedOn), User, Aborted));
        if (saved is null)
        {
            Filing = Take(await Service<PublicSecurity>().GetAsync(icpNumber, User, Aborted));
            return Filing is null ? NotFound() : Page();
        }

        return Done(saved.Number is null ? "已保存上线日期。" : $"已登记公安备案号 {saved.Number}，页脚核查将一并检查其显示与链接。", $"/console/records/{Uri.EscapeDataString(icpNumber)}/public-security");
    }
}
