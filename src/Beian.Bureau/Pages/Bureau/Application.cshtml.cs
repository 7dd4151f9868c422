using Beian.Platform.Pages;
using Beian.Reference;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Bureau.Pages.Bureau;

/// <summary>申请详情 (simulated bureau): the whole application on the left, the decision beside it.</summary>
public sealed class BureauApplicationModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Remark { get; set; }

    public ApplicationDetail? Detail { get; private set; }

    /// <summary>The catalog reasons the bureau gives (stage B).</summary>
    public IReadOnlyList<(string Value, string Text)> Reasons { get; } =
        [("", "请选择"), .. RejectionCatalog.All.Where(r => r.Stages.Contains("B")).Select(r => (r.Code, r.Title))];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (Take(await Service<BureauReview>().ApproveAsync(Id, User, Aborted)) is not null)
        {
            return Done("已审核通过，备案号已分配。", "/bureau");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRejectAsync()
    {
        var request = new BureauApi.RejectRequest([new BureauApi.OrderRejectionInput(Code, Remark)]);
        if (Take(await Service<BureauReview>().RejectAsync(Id, request, User, Aborted)) is not null)
        {
            return Done("已驳回。", "/bureau");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        Detail = (await Service<BureauReview>().GetAsync(Id, Aborted)).Value;
        return Detail is not null;
    }
}
