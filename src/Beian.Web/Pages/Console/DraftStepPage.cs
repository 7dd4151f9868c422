using Beian.Platform.Pages;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>A step of the wizard after the basic check: loads the applicant's draft in full and saves it whole.</summary>
public abstract class DraftStepPage : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public OrderView? Order { get; private set; }

    protected override string? NameOfService(int index) => Order?.Draft.Websites.ElementAtOrDefault(index)?.Name;

    protected override string? LinkTo(string field) => Beian.Filings.FieldNames.StepOf(field) switch
    {
        "order" => $"/console/orders/{Id}",
        "start" => null,
        "account" => "/console/account",
        var step => $"/console/orders/{Id}/{step}",
    };

    protected async Task<DraftView?> LoadAsync()
    {
        Order = Take<OrderView>(await Service<MyOrders>().GetAsync(Id, User, Aborted));
        return Order is null ? null : Take<DraftView>(await Service<EditDraft>().GetAsync(Id, User, Aborted));
    }

    /// <summary>
    /// What saving a step says: saved, and — a draft may be saved half done — how many items of this step submission
    /// would still stop at, so that a blank form is not taken for a finished one.
    /// </summary>
    protected async Task<string> SavedAsync(string what, string fieldPrefix)
    {
        var findings = (await Service<MyOrders>().FindingsAsync(Id, User, Aborted)).Value;
        var open = findings?.ByField.Where(f => f.Key.StartsWith(fieldPrefix, StringComparison.Ordinal))
            .Sum(f => f.Value.Count(x => x.Severity == Beian.Rules.Severity.Blocking)) ?? 0;
        return open == 0 ? $"{what}已保存。" : $"{what}已保存，本步骤还有 {open} 项须在提交前完善（「信息核对」列出全部）。";
    }

    protected async Task<bool> SaveAsync(DraftInput input)
    {
        var saved = Take<OrderView>(await Service<EditDraft>().PutAsync(Id, input, User, Aborted));
        Order = saved ?? Order;
        return saved is not null;
    }
}
