using Beian.Accounts;
using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Support;

/// <summary>
/// 客服工作台: appeals of holders whose security phone is gone (R-ACCT-05), each photo viewed with an audit line, and the
/// offline record transfer on the documents R-ACCT-06 lists.
/// </summary>
public sealed class IndexModel(AccountAppeals appeals, TransferRecords transfers, Beian.Web.Features.Review.SupportRelease release) : ConsolePage
{
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? SubjectIcpNumber { get; set; }

    [BindProperty]
    public string? ToEmail { get; set; }

    [BindProperty]
    public List<string> Documents { get; set; } = [];

    [BindProperty]
    public string? OrderNumber { get; set; }

    public IReadOnlyList<AccountAppeals.AppealView> Open { get; private set; } = [];

    public async Task OnGetAsync() => Open = await appeals.ListAsync(AppealState.Open, Aborted);

    /// <summary>The appellant's photo: every view is audited by the use case.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id) => new HttpResultAction((await appeals.PhotoAsync(id, User, Response, Aborted)).Result);

    public Task<IActionResult> OnPostGrantAsync(Guid id) => DecideAsync(id, true, "申诉已通过，新手机已设为安全手机。");

    public Task<IActionResult> OnPostRefuseAsync(Guid id) => DecideAsync(id, false, "申诉未通过，已通知账号。");

    public async Task<IActionResult> OnPostTransferAsync()
    {
        var moved = Take(await transfers.OfflineAsync(new(SubjectIcpNumber, ToEmail, Documents, Note), User, Aborted));
        if (moved is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done($"已将{moved.SubjectName}（{moved.SubjectIcpNumber}）线下转移至账号{moved.OtherAccount}。", "/support");
    }

    /// <summary>客服释放订单 (R-ACCT-06, T20): an order held by a forgotten account, abandoned on the documents the owner sent.</summary>
    public async Task<IActionResult> OnPostReleaseAsync()
    {
        var released = Take(await release.SupportAbandonByNumberAsync(OrderNumber, new(Note), User, Aborted));
        if (released is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done($"已释放订单 {released.Number}。", "/support");
    }

    private async Task<IActionResult> DecideAsync(Guid id, bool grant, string done)
    {
        if (Take(await appeals.DecideAsync(id, new(grant, Note), User, Aborted)) is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done(done, "/support");
    }
}
