using Beian.Filings;
using Beian.Platform.Pages;
using Beian.Web.Features.Review;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Workbench;

/// <summary>初审工作台: the orders waiting for initial review, oldest first, with the time each has left.</summary>
public sealed class QueueModel : ConsolePage
{
    public static IReadOnlyList<OrderState> States { get; } = [OrderState.PendingInitialReview, OrderState.InInitialReview, OrderState.AwaitingApplicant];

    [BindProperty(SupportsGet = true)]
    public OrderState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

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
        var all = await Service<ReviewOrders>().QueueAsync(Aborted);
        Items = [.. all.Where(o => (State is null || o.State == State) && (string.IsNullOrEmpty(Province) || o.ProvinceCode == Province))];
    }
}
