using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>MIIT's list of filable top-level domains (可备案的顶级域) at one version.</summary>
public sealed class TldList(string version, IEnumerable<ApprovedTld> tlds)
{
    private static readonly Lazy<TldList> ShippedList = new(() =>
    {
        var file = ReferenceData.Read<File>("tlds.json");
        return new TldList(file.Version, file.Tlds);
    });

    /// <summary>The list shipped with this version (Reference/Data/tlds.json).</summary>
    public static TldList Shipped => ShippedList.Value;

    public string Version { get; } = version;

    public IReadOnlyList<ApprovedTld> All { get; } = [.. tlds];

    /// <summary>Whether a TLD (ASCII) may be filed on the given date.</summary>
    public bool IsApproved(string tld, DateOnly on) => All.Any(t => t.Tld == tld && t.EffectiveFrom <= on);

    private sealed record File(string Version, ApprovedTld[] Tlds);
}

/// <summary>The domain registrars MIIT has approved (工信部批复的域名注册服务机构) at one version.</summary>
public sealed class RegistrarList(string version, IEnumerable<string> registrars)
{
    private static readonly Lazy<RegistrarList> ShippedList = new(() =>
    {
        var file = ReferenceData.Read<File>("registrars.json");
        return new RegistrarList(file.Version, file.Registrars);
    });

    private readonly FrozenSet<string> _set = registrars.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The list shipped with this version (Reference/Data/registrars.json).</summary>
    public static RegistrarList Shipped => ShippedList.Value;

    public string Version { get; } = version;

    public IReadOnlyCollection<string> All => _set;

    public bool Contains(string registrar) => _set.Contains(registrar);

    private sealed record File(string Version, string[] Registrars);
}

/// <summary>
/// The tables that change outside our control and that an admin may replace: the holiday calendar behind every
/// working-day limit, the filable TLDs and the approved registrars. A value, handed to whoever computes with it (the
/// rule book through its context, the review clock, the bureau's deadlines); the host keeps the one in use.
/// </summary>
public sealed record ReferenceTables(HolidayCalendar Calendar, TldList Tlds, RegistrarList Registrars)
{
    /// <summary>The tables shipped with this version.</summary>
    public static ReferenceTables Shipped { get; } = new(HolidayCalendar.Shipped, TldList.Shipped, RegistrarList.Shipped);
}
