namespace Beian.Web.Features.Operations;

/// <summary>Settings of what operators watch: the section <c>Operations</c>.</summary>
public sealed class OperationsOptions
{
    /// <summary>
    /// Networks (CIDR) that may read <c>/health/ready</c> and <c>/metrics</c>: the monitoring system's. Loopback by
    /// default; anyone else is told they do not exist. <c>/health/live</c> is open: it tells nothing but "running".
    /// </summary>
    public List<string> MonitorNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];

    /// <summary>How often the database counts behind the metrics are taken; zero: never (tests sample by hand).</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Readiness fails when the sweep has not finished a pass for this long (while the sweep runs here).</summary>
    public TimeSpan SweepLagLimit { get; set; } = TimeSpan.FromMinutes(2);
}
