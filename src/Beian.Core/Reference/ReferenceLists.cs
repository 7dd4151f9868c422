using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>A filable top-level domain and the date from which MIIT's list counts it.</summary>
public sealed record ApprovedTld(string Tld, string? Unicode, DateOnly From);

/// <summary>A regulated sector whose websites need a pre-approval (前置审批), with words that suggest it.</summary>
public sealed record PreApprovalSector(string Key, string Name, IReadOnlyList<string> Keywords);

/// <summary>The word lists for website names (R-NAME-*).</summary>
public sealed record WebsiteNameWords(
    IReadOnlyList<string> ReservedPrefixes,
    IReadOnlyList<string> SensitiveWords,
    IReadOnlyList<string> OrganisationWords,
    IReadOnlyList<string> StateBodyNatures);

/// <summary>The small versioned lists the rule book reads: TLDs, registrars, website-name words, pre-approval sectors.</summary>
public static class ReferenceLists
{
    private static readonly Lazy<TldFile> Tlds = new(() => ReferenceData.Read<TldFile>("tlds.json"));
    private static readonly Lazy<FrozenSet<string>> Registrars =
        new(() => ReferenceData.Read<RegistrarFile>("registrars.json").Registrars.ToFrozenSet());

    private static readonly Lazy<WebsiteNameWords> Names = new(() => ReferenceData.Read<WebsiteNameWords>("website-names.json"));
    private static readonly Lazy<SectorFile> Sectors = new(() => ReferenceData.Read<SectorFile>("preapproval-sectors.json"));

    public static IReadOnlyList<ApprovedTld> ApprovedTlds => Tlds.Value.Tlds;

    public static WebsiteNameWords WebsiteNames => Names.Value;

    public static IReadOnlyList<PreApprovalSector> PreApprovalSectors => Sectors.Value.Sectors;

    /// <summary>Whether a TLD (ASCII) may be filed on the given date.</summary>
    public static bool IsApprovedTld(string tld, DateOnly on) =>
        Tlds.Value.Tlds.Any(t => t.Tld == tld && t.From <= on);

    public static bool IsApprovedRegistrar(string registrar) => Registrars.Value.Contains(registrar);

    private sealed record TldFile(string Version, ApprovedTld[] Tlds);

    private sealed record RegistrarFile(string Version, string[] Registrars);

    private sealed record SectorFile(string Version, PreApprovalSector[] Sectors);
}
