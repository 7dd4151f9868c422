using Beian.Filings;
using Beian.Rules;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>
/// Step 5, 信息核对: every section with a way back to edit it, a website that should not be filed removed here, the rule
/// book's findings, then submission (R-ORDER-10).
/// </summary>
public sealed class ConfirmModel : DraftStepPage
{
    [BindProperty]
    public bool ConfirmIrrevocable { get; set; }

    public DraftView? Draft { get; private set; }

    /// <summary>Whether submission would accept the draft as it stands: the checks it runs found nothing that blocks.</summary>
    public bool Ready => Checked is { Blocking: 0 } && Refusal is null;

    public bool DirectToBureau => Order?.Type.PathOf() == ReviewPath.DirectToBureau;

    /// <summary>New websites may be dropped while one is left; a change keeps the filed websites it concerns.</summary>
    public bool WebsitesRemovable => !DirectToBureau && Draft is { Websites.Count: > 1 } draft && draft.Websites.All(w => w.IcpNumber is null);

    public async Task<IActionResult> OnGetAsync()
    {
        Draft = await LoadAsync();
        if (Draft is null)
        {
            return NotFound();
        }

        Checked = Take<FindingsView>(await Service<MyOrders>().FindingsAsync(Id, User, Aborted));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveWebsiteAsync(int index)
    {
        Draft = await LoadAsync();
        if (Draft is null || !WebsitesRemovable || index < 0 || index >= Draft.Websites.Count)
        {
            return NotFound();
        }

        var input = DraftForms.ToInput(Draft);
        if (await SaveAsync(input with { Websites = [.. input.Websites!.Where((_, i) => i != index)] }))
        {
            return Done($"网站「{Draft.Websites[index].Name}」已从本订单删除。", Here);
        }

        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var submitted = Take<OrderView>(await Service<SubmitOrder>().HandleAsync(Id, new SubmitOrder.Request(ConfirmIrrevocable), User, Aborted));
        if (submitted is not null)
        {
            return Done($"订单 {submitted.Number} 已提交，当前状态：{submitted.StateName}。", $"/console/orders/{Id}");
        }

        Draft = await LoadAsync();
        if (Draft is not null)
        {
            Checked = Take<FindingsView>(await Service<MyOrders>().FindingsAsync(Id, User, Aborted));
        }

        return Draft is null ? NotFound() : Page();
    }
}
