namespace Beian.Web.Features.Compliance;

/// <summary>
/// Settings of the post-filing checks (section <c>Compliance</c>; how sites are fetched is in the same section, read by
/// <see cref="Integrations.Websites.SiteFetchOptions"/>).
/// </summary>
public sealed class ComplianceOptions
{
    /// <summary><c>Simulator</c> (sandbox mode: the simulated public DNS) or <c>System</c> (real DNS through DnsClient).</summary>
    public string Dns { get; set; } = "Simulator";

    /// <summary>Name servers for real DNS as ip:port; empty: the machine's own.</summary>
    public List<string> DnsServers { get; set; } = [];

    /// <summary>This provider's mainland server ranges (CIDR): a filed domain must resolve into them (R-INSP-06).</summary>
    public List<string> MainlandRanges { get; set; } = [];

    /// <summary>
    /// How long a newly approved website has to go live before the empty-shell check holds it to resolving here: the
    /// owner launches after the number is issued, and the public-security filing itself allows 30 days from launch.
    /// </summary>
    public TimeSpan EmptyShellGrace { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The ranges parsed.</summary>
    public Beian.Gate.MainlandRanges ParsedMainlandRanges() => new(MainlandRanges);

    /// <summary>Batches of records the special inspection reads and asks the registries about at once.</summary>
    public int InspectionParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Sites fetched at once, in all.</summary>
    public int Parallelism { get; set; } = 32;

    /// <summary>How often the sweep runs the whole inspection (registries, footers, DNS) on its own.</summary>
    public TimeSpan InspectionInterval { get; set; } = TimeSpan.FromDays(1);
}
