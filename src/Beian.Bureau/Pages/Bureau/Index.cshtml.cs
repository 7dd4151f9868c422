using Beian.Bureau.Model;
using Beian.Platform.Pages;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Bureau.Pages.Bureau;

/// <summary>管局审核 (simulated): the bureau operator's queue, filtered and paged; each application opens in full for the decision.</summary>
public sealed class BureauQueueModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public ApplicationState State { get; set; } = ApplicationState.InReview;

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? OrderNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ApplicationView> Items { get; private set; } = [];

    public string PageLink(int page) => $"/bureau?state={State}&province={Province}&orderNumber={Uri.EscapeDataString(OrderNumber ?? string.Empty)}&page={page}";

    public static string StateName(ApplicationState state) => state switch
    {
        ApplicationState.AwaitingSms => "待短信核验",
        ApplicationState.InReview => "待审核",
        ApplicationState.Returned => "已退回",
        ApplicationState.Approved => "已通过",
        ApplicationState.Rejected => "已驳回",
        _ => state.ToString(),
    };

    public async Task OnGetAsync() => Items = await Service<BureauReview>().ListAsync(State, Aborted, Province, OrderNumber, PageNumber);
}
