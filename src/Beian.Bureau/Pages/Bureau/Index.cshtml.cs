using Beian.Bureau.Model;
using Beian.Platform.Pages;
using Beian.Reference;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Bureau.Pages.Bureau;

/// <summary>管局审核 (simulated): the bureau operator's queue and decisions.</summary>
public sealed class BureauQueueModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public ApplicationState State { get; set; } = ApplicationState.InReview;

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Remark { get; set; }

    public IReadOnlyList<ApplicationView> Items { get; private set; } = [];

    /// <summary>The catalog reasons the bureau gives (stage B).</summary>
    public IReadOnlyList<(string Value, string Text)> Reasons { get; } =
        [("", "请选择"), .. RejectionCatalog.All.Where(r => r.Stages.Contains("B")).Select(r => (r.Code, r.Title))];

    public static string StateName(ApplicationState state) => state switch
    {
        ApplicationState.AwaitingSms => "待短信核验",
        ApplicationState.InReview => "待审核",
        ApplicationState.Returned => "已退回",
        ApplicationState.Approved => "已通过",
        ApplicationState.Rejected => "已驳回",
        _ => state.ToString(),
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (Take(await Service<BureauReview>().ApproveAsync(Id ?? string.Empty, User, Aborted)) is not null)
        {
            return Done("已审核通过，备案号已分配。", "/bureau");
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        var request = new BureauApi.RejectRequest([new BureauApi.OrderRejectionInput(Code, Remark)]);
        if (Take(await Service<BureauReview>().RejectAsync(Id ?? string.Empty, request, User, Aborted)) is not null)
        {
            return Done("已驳回。", "/bureau");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Items = await Service<BureauReview>().ListAsync(State, Aborted);
}
