using Beian.Accounts;
using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>备案转移 (R-ACCT-04): transfers out with the security code, and transfers in to accept or decline.</summary>
public sealed class TransfersModel : ConsolePage
{
    [BindProperty]
    public string? ToEmail { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public IReadOnlyList<TransferRecords.TransferView> Transfers { get; private set; } = [];

    public string? Phone { get; private set; }

    public string? Sent { get; private set; }

    public async Task OnGetAsync()
    {
        Transfers = await Service<TransferRecords>().ListAsync(User, Aborted);
        Phone = await Service<SecurityPhone>().MaskedAsync(User.Id(), Aborted);
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        var sent = Take(await Service<SecurityPhone>().SendAsync(User, new(SecurityCodePurpose.Transfer), Aborted));
        Sent = sent is null ? null : $"验证码已发送至{sent.Phone}，10分钟内有效。";
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var started = Take(await Service<TransferRecords>().StartAsync(User, new(ToEmail, Code), Aborted));
        if (started is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done($"已发起备案转移，等待账号{started.OtherAccount}接收。", "/console/transfers");
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => EndAsync(id, TransferAction.Accept, "已接收备案转移，备案信息已转入本账号。");

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => EndAsync(id, TransferAction.Decline, "已拒绝该备案转移。");

    public Task<IActionResult> OnPostCancelAsync(Guid id) => EndAsync(id, TransferAction.Cancel, "已撤销该备案转移。");

    private async Task<IActionResult> EndAsync(Guid id, TransferAction action, string done)
    {
        var transfers = Service<TransferRecords>();
        var result = action == TransferAction.Accept ? await transfers.AcceptAsync(id, User, Aborted) : await transfers.EndAsync(id, action, User, Aborted);
        if (Take(result) is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done(done, action == TransferAction.Accept ? "/console" : "/console/transfers");
    }
}
