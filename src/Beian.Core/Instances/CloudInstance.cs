namespace Beian.Instances;

/// <summary>How an instance is paid for; pay-as-you-go instances grant no service codes.</summary>
public enum BillingType
{
    /// <summary>包年包月.</summary>
    Subscription,

    /// <summary>按量付费.</summary>
    PayAsYouGo,
}

/// <summary>A cloud product instance (云服务器/产品) bought by an account; eligible ones grant service codes.</summary>
public sealed class CloudInstance
{
    public Guid Id { get; set; }

    /// <summary>The provider's instance id, e.g. i-bp1demo0001.</summary>
    public string InstanceId { get; set; } = string.Empty;

    public Guid AccountId { get; set; }

    /// <summary>The product type key of the product table (ecs, virtual-host, lightweight, …).</summary>
    public string ProductType { get; set; } = string.Empty;

    /// <summary>The region id, e.g. cn-hangzhou.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>In a mainland China (中国内地) region; only such instances need and grant filings.</summary>
    public bool Mainland { get; set; }

    public BillingType Billing { get; set; }

    /// <summary>Purchased length including renewals, in months.</summary>
    public int SubscriptionMonths { get; set; }

    /// <summary>Public bandwidth (公网带宽) in Mbit/s; 0 means none.</summary>
    public int BandwidthMbps { get; set; }

    /// <summary>The amount of the single order that bought it, in yuan; some packages need a minimum (R-CODE-20).</summary>
    public int? OrderAmountYuan { get; set; }

    public string PublicIp { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}
