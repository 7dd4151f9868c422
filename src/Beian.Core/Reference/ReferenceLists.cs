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

/// <summary>A first-level category of the service-content catalog with its second-level ones (R-APP-24, R-APP-32).</summary>
public sealed record ServiceContentCategory(string Name, IReadOnlyList<string> Children);

/// <summary>The word lists for website names (R-NAME-*).</summary>
public sealed record WebsiteNameWords(
    IReadOnlyList<string> ReservedPrefixes,
    IReadOnlyList<string> SensitiveWords,
    IReadOnlyList<string> OrganisationWords,
    IReadOnlyList<string> StateBodyNatures);

/// <summary>
/// The small versioned lists of the rule book that ship with the product and change with it: website-name words,
/// pre-approval sectors and the service-content catalog. The lists an admin may replace are <see cref="ReferenceTables"/>.
/// </summary>
public static class ReferenceLists
{
    private static readonly Lazy<WebsiteNameWords> Names = new(() => ReferenceData.Read<WebsiteNameWords>("website-names.json"));
    private static readonly Lazy<SectorFile> Sectors = new(() => ReferenceData.Read<SectorFile>("preapproval-sectors.json"));
    private static readonly Lazy<ContentFile> Content = new(() => ReferenceData.Read<ContentFile>("service-content.json"));

    public static WebsiteNameWords WebsiteNames => Names.Value;

    public static IReadOnlyList<PreApprovalSector> PreApprovalSectors => Sectors.Value.Sectors;

    /// <summary>The service-content catalog of apps, mini-programs and quick apps.</summary>
    public static IReadOnlyList<ServiceContentCategory> ServiceContent => Content.Value.Categories;

    /// <summary>Whether a value names a second-level category of the catalog, written 「一级-二级」 or as the second level alone.</summary>
    public static bool IsServiceContent(string value) =>
        ServiceContent.Any(c => c.Children.Any(child => value == child || value == $"{c.Name}-{child}"));

    private sealed record SectorFile(string Version, PreApprovalSector[] Sectors);

    private sealed record ContentFile(string Version, ServiceContentCategory[] Categories);
}
