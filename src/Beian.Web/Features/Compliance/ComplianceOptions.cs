namespace Beian.Web.Features.Compliance;

/// <summary>Settings of the post-filing checks (section <c>Compliance</c>).</summary>
public sealed class ComplianceOptions
{
    /// <summary><c>Simulator</c> (sandbox mode: the simulated public DNS) or <c>System</c> (real DNS through DnsClient).</summary>
    public string Dns { get; set; } = "Simulator";

    /// <summary>Name servers for real DNS as ip:port; empty: the machine's own.</summary>
    public List<string> DnsServers { get; set; } = [];

    /// <summary>This provider's mainland server ranges (CIDR): a filed domain must resolve into them (R-INSP-06).</summary>
    public List<string> MainlandRanges { get; set; } = [];

    /// <summary>The ranges parsed.</summary>
    public Beian.Gate.MainlandRanges ParsedMainlandRanges() => new(MainlandRanges);

    /// <summary>The port a site's http:// address is fetched on (80; tests serve their sites elsewhere on loopback).</summary>
    public int HttpPort { get; set; } = 80;

    /// <summary>The port a site's https:// address is fetched on.</summary>
    public int HttpsPort { get; set; } = 443;

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Batches of records the special inspection reads and asks the registries about at once.</summary>
    public int InspectionParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Sites fetched at once, in all.</summary>
    public int Parallelism { get; set; } = 32;

    /// <summary>Requests to one host at once: polite crawling.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>How often the sweep runs the whole inspection (registries, footers, DNS) on its own.</summary>
    public TimeSpan InspectionInterval { get; set; } = TimeSpan.FromDays(1);
}
