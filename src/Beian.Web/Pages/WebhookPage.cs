using Beian.Platform.Pages;
using Beian.Web.Features.Webhooks;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages;

/// <summary>
/// A page that manages event-push subscriptions: the applicant's (its own account) and the admin's (every account)
/// share the list, the form and the delivery log; <see cref="Owner"/> says whose.
/// </summary>
public abstract class WebhookPage : ConsolePage
{
    [BindProperty]
    public string? HookUrl { get; set; }

    [BindProperty]
    public List<string> HookEvents { get; set; } = [];

    public IReadOnlyList<WebhookSubscriptions.SubscriptionView> Hooks { get; private set; } = [];

    /// <summary>A signing secret just made: shown on this answer only.</summary>
    public string? NewHookSecret { get; private set; }

    /// <summary>The account whose subscriptions these are; null for the admin's, which receive every account.</summary>
    public abstract Guid? Owner { get; }

    /// <summary>Where this page lives.</summary>
    public abstract string Home { get; }

    /// <summary>Where a subscription's delivery log lives: this, a slash and its id.</summary>
    public abstract string LogBase { get; }

    public virtual async Task OnGetAsync() => Hooks = await Service<WebhookSubscriptions>().ListAsync(Owner, Aborted);

    public async Task<IActionResult> OnPostCreateHookAsync()
    {
        var created = Take(await Service<WebhookSubscriptions>().CreateAsync(new(HookUrl, HookEvents), Owner, User, Aborted));
        NewHookSecret = created?.Secret;
        if (created is not null)
        {
            (HookUrl, HookEvents) = (null, []);
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRotateHookAsync(Guid id)
    {
        NewHookSecret = Take(await Service<WebhookSubscriptions>().RotateAsync(id, Owner, User, Aborted))?.Secret;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteHookAsync(Guid id)
    {
        var deleted = Take(await Service<WebhookSubscriptions>().DeleteAsync(id, Owner, User, Aborted));
        if (deleted is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done($"已删除推送地址 {deleted.Url}。", Home);
    }
}

/// <summary>The delivery log of one subscription, with redelivery of what was parked.</summary>
public abstract class WebhookLogPage : ConsolePage
{
    public IReadOnlyList<WebhookSubscriptions.DeliveryView> Deliveries { get; private set; } = [];

    public WebhookSubscriptions.SubscriptionView? Hook { get; private set; }

    public bool OnlyParked { get; private set; }

    public abstract Guid? Owner { get; }

    /// <summary>The page with the subscriptions.</summary>
    public abstract string Home { get; }

    /// <summary>Where the delivery logs live: this, a slash and a subscription's id.</summary>
    public abstract string LogBase { get; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool parked = false)
    {
        var webhooks = Service<WebhookSubscriptions>();
        Hook = (await webhooks.ListAsync(Owner, Aborted)).FirstOrDefault(h => h.Id == id);
        if (Hook is null)
        {
            return NotFound();
        }

        OnlyParked = parked;
        Deliveries = Take(await webhooks.DeliveriesAsync(id, Owner, parked ? Beian.Webhooks.DeliveryState.Dead : null, 1, Aborted)) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, Guid deliveryId)
    {
        if (Take(await Service<WebhookSubscriptions>().RedeliverAsync(deliveryId, Owner, User, Aborted)) is null)
        {
            return await OnGetAsync(id);
        }

        return Done("已安排重新推送（同一事件ID），稍后刷新查看结果。", $"{LogBase}/{id}");
    }
}
