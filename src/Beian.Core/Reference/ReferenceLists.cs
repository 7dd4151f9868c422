using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>A filable top-level domain and the date from which MIIT's list counts it.</summary>
/// <param name="Tld">The TLD in ASCII (punycode for Chinese ones).</param>
/// <param name="Unicode">The Chinese form, for those that have one.</param>
/// <param name="From">The approval date as precisely as it is known: 2014, 2020-07 or 2020-07-24.</param>
/// <param name="Source">Where the entry comes from.</param>
public sealed record ApprovedTld(string Tld, string? Unicode, string From, string? Source = null)
{
    /// <summary>
    /// The first day the TLD counts as approved: the date itself, or for a year or month the day after that period
    /// ends, so that nothing is accepted before it was approved.
    /// </summary>
    public DateOnly EffectiveFrom { get; } = EffectiveDate(From);

    /// <summary>Whether a text is a date as precisely as known (yyyy, yyyy-MM or yyyy-MM-dd).</summary>
    public static bool IsDate(string text) => TryEffective(text, out _);

    private static DateOnly EffectiveDate(string text) =>
        TryEffective(text, out var date) ? date : throw new FormatException($"Not a date (yyyy, yyyy-MM or yyyy-MM-dd): {text}");

    private static bool TryEffective(string? text, out DateOnly date)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var none = System.Globalization.DateTimeStyles.None;
        date = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", ci, none, out var day))
        {
            date = day;
            return true;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", ci, none, out var month) && text!.Length == 7)
        {
            date = month.AddMonths(1);
            return true;
        }

        if (text is { Length: 4 } && int.TryParse(text, System.Globalization.NumberStyles.None, ci, out var year) && year is > 1980 and < 2200)
        {
            date = new DateOnly(year + 1, 1, 1);
            return true;
        }

        return false;
    }
}

/// <summary>A regulated sector whose websites need a pre-approval (前置审批), with words that suggest it.</summary>
public sealed record PreApprovalSector(string Key, string Name, IReadOnlyList<string> Keywords);

/// <summary>The word lists for website names (R-NAME-*).</summary>
public sealed record WebsiteNameWords(
    IReadOnlyList<string> ReservedPrefixes,
    IReadOnlyList<string> SensitiveWords,
    IReadOnlyList<string> OrganisationWords,
    IReadOnlyList<string> StateBodyNatures);

/// <summary>
/// The small versioned lists the rule book reads: TLDs, registrars, website-name words, pre-approval sectors. The TLDs
/// and registrars change outside our control: an admin may replace the shipped lists (<see cref="UseTlds"/>,
/// <see cref="UseRegistrars"/>), and every host then reads the replacement.
/// </summary>
public static class ReferenceLists
{
    private static TldFile? _tlds;
    private static RegistrarFile? _registrars;

    private static readonly Lazy<WebsiteNameWords> Names = new(() => ReferenceData.Read<WebsiteNameWords>("website-names.json"));
    private static readonly Lazy<SectorFile> Sectors = new(() => ReferenceData.Read<SectorFile>("preapproval-sectors.json"));

    public static IReadOnlyList<ApprovedTld> ApprovedTlds => Tlds.Tlds;

    /// <summary>The version of the TLD list in use: the shipped file's, or the time of the admin's import.</summary>
    public static string TldsVersion => Tlds.Version;

    public static IReadOnlyCollection<string> ApprovedRegistrars => Registrars.Registrars;

    public static string RegistrarsVersion => Registrars.Version;

    public static WebsiteNameWords WebsiteNames => Names.Value;

    public static IReadOnlyList<PreApprovalSector> PreApprovalSectors => Sectors.Value.Sectors;

    /// <summary>Whether a TLD (ASCII) may be filed on the given date.</summary>
    public static bool IsApprovedTld(string tld, DateOnly on) =>
        Tlds.Tlds.Any(t => t.Tld == tld && t.EffectiveFrom <= on);

    public static bool IsApprovedRegistrar(string registrar) => Registrars.Set.Contains(registrar);

    /// <summary>Replaces the TLD list (an admin's import); the rule book reads the new one from its next check on.</summary>
    public static void UseTlds(IReadOnlyList<ApprovedTld> tlds, string version) =>
        Volatile.Write(ref _tlds, new TldFile(version, [.. tlds]));

    public static void UseRegistrars(IReadOnlyCollection<string> registrars, string version) =>
        Volatile.Write(ref _registrars, new RegistrarFile(version, [.. registrars]));

    private static TldFile Tlds => Volatile.Read(ref _tlds) ?? ShippedTlds.Value;

    private static RegistrarFile Registrars => Volatile.Read(ref _registrars) ?? ShippedRegistrars.Value;

    private static readonly Lazy<TldFile> ShippedTlds = new(() => ReferenceData.Read<TldFile>("tlds.json"));
    private static readonly Lazy<RegistrarFile> ShippedRegistrars = new(() => ReferenceData.Read<RegistrarFile>("registrars.json"));

    private sealed record TldFile(string Version, ApprovedTld[] Tlds);

    private sealed record RegistrarFile(string Version, string[] Registrars)
    {
        public FrozenSet<string> Set { get; } = Registrars.ToFrozenSet(StringComparer.Ordinal);
    }

    private sealed record SectorFile(string Version, PreApprovalSector[] Sectors);
}
