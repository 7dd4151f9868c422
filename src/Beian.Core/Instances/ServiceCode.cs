namespace Beian.Instances;

/// <summary>The life of a service code (AMB-12, entities.md §E10).</summary>
public enum ServiceCodeState
{
    /// <summary>Applied for, not yet used.</summary>
    Available,

    /// <summary>Bound to a website of an order in progress.</summary>
    Bound,

    /// <summary>The website it was bound to is filed.</summary>
    Used,

    /// <summary>No longer valid: server expired, cancellation or cancel-access.</summary>
    Void,
}

/// <summary>A filing service code (备案服务码): links one website of one subject to an eligible instance.</summary>
public sealed class ServiceCode
{
    public Guid Id { get; set; }

    /// <summary>8-4-4-4-12 hexadecimal, e.g. 32a43232-a888-88e8-b9ec-00888be80001.</summary>
    public string Value { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    /// <summary>The account that bought the instance; only it may apply for codes on it.</summary>
    public Guid AccountId { get; set; }

    public ServiceCodeState State { get; set; }

    /// <summary>The order the code is bound to, if any.</summary>
    public Guid? OrderId { get; set; }

    /// <summary>The filed website the code serves once used; its cancel-access or cancellation voids the code.</summary>
    public string? WebsiteIcpNumber { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>
    /// The quota the code counts against: its instance, or for products counted per account, the account's
    /// products of that type (R-CODE-10). With <see cref="Slot"/> it is unique, so that two requests at once can
    /// never both take the last place.
    /// </summary>
    public string? QuotaKey { get; set; }

    /// <summary>The code's place in its quota, 1 to the product's codes per unit.</summary>
    public int? Slot { get; set; }

    /// <summary>
    /// Moves the code by its transition table: binding names the order, use names the filed website, release frees the
    /// code of its order. False, and nothing changed, when the table has no row for the action from the current state.
    /// </summary>
    public bool Apply(ServiceCodeAction action, Guid? orderId = null, string? websiteIcpNumber = null)
    {
        if (ServiceCodeLifecycle.Table.Next(State, action) is not { } next)
        {
            return false;
        }

        State = next;
        switch (action)
        {
            case ServiceCodeAction.Bind:
                OrderId = orderId ?? throw new ArgumentNullException(nameof(orderId));
                break;
            case ServiceCodeAction.Release:
                OrderId = null;
                break;
            case ServiceCodeAction.Use:
                WebsiteIcpNumber = websiteIcpNumber ?? throw new ArgumentNullException(nameof(websiteIcpNumber));
                break;
        }

        return true;
    }
}
