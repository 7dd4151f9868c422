using Beian.Filings;
using Beian.Platform.Pages;
using Beian.Web.Features.Review;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Workbench;

/// <summary>初审工作台: the orders waiting for initial review, searched, filtered, sorted by deadline and paged, with the time each has left.</summary>
public sealed class QueueModel : ConsolePage
{
    public static IReadOnlyList<OrderState> States { get; } = [OrderState.PendingInitialReview, OrderState.InInitialReview, OrderState.AwaitingApplicant];

    [BindProperty(SupportsGet = true)]
    public OrderState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public QueueSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public QueuePage Queue { get; private set; } = new([], 1, 0);

    /// <summary>This queue's address on another page, keeping its filters.</summary>
    public string PageLink(int page) =>
        $"/workbench?state={State}&province={Province}&q={Uri.EscapeDataString(Search ?? string.Empty)}&sort={Sort}&page={page}";

    public string TimeLeft(DateTimeOffset? expiresAt)
    {
        if (expiresAt is not { } at)
        {
            return "—";
        }

        var left = at - Service<TimeProvider>().GetUtcNow();
        return left <= TimeSpan.Zero ? "已到期" : left.TotalDays >= 1 ? $"{(int)left.TotalDays} 天" : $"{(int)left.TotalHours} 小时";
    }

    public async Task OnGetAsync()
    {
        Queue = await Service<ReviewOrders>().QueueAsync(new QueueQuery(State, Province, Search, Sort, PageNumber), Aborted);
    }
}
