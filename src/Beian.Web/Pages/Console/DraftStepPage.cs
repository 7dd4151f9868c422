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

    protected async Task<bool> SaveAsync(DraftInput input)
    {
        var saved = Take<OrderView>(await Service<EditDraft>().PutAsync(Id, input, User, Aborted));
        Order = saved ?? Order;
        return saved is not null;
    }
}
