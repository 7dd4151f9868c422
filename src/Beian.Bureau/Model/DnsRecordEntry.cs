namespace Beian.Bureau.Model;

/// <summary>A name's addresses in the simulated public DNS (sandbox mode and tests).</summary>
public sealed class DnsRecordEntry
{
    public string Name { get; set; } = string.Empty;

    public List<string> Addresses { get; set; } = [];
}
