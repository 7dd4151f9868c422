namespace Beian.Web.Features.Webhooks;

/// <summary>Settings of the event push: the section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>How long a failing delivery is retried before it is parked; at least a day, as receivers are promised.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long delivered deliveries and their events are kept (and missed events can be read back).</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a receiver has to answer one delivery.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Addresses (CIDR) a webhook may be sent to although they are not public — loopback, private, link-local — such as
    /// a provider's own billing system inside its network. Empty: public addresses only.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>
    /// Non-public networks (CIDR) only the admin's subscriptions (every account's events) may reach — the provider's own
    /// billing or ticketing system — and no applicant's, who could otherwise probe that network through its webhooks.
    /// </summary>
    public List<string> AdminNetworks { get; set; } = [];

    /// <summary>Plain http is taken only in sandbox mode unless this is set: deliveries carry account data.</summary>
    public bool? AllowHttp { get; set; }

    /// <summary>How often the sender looks for due deliveries (its own loop: a slow receiver never holds up the sweep).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries sent at once.</summary>
    public int Parallelism { get; set; } = 8;
}
