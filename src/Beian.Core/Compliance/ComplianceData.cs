using Beian.Reference;

namespace Beian.Compliance;

/// <summary>The versioned settings of post-filing compliance, read from <c>compliance.json</c>.</summary>
public static class ComplianceData
{
    private static readonly Lazy<FileShape> Data = new(() => ReferenceData.Read<FileShape>("compliance.json"));

    public static string Version => Data.Value.Version;

    /// <summary>Words that show a page sells or takes payment (R-CONTENT-05).</summary>
    public static IReadOnlyList<string> CommercialSignals => Data.Value.CommercialSignals;

    /// <summary>Words that show a page speaks for an organisation (INSP-CONTENT-SUBJECT-MISMATCH on an individual's filing).</summary>
    public static IReadOnlyList<string> OrganisationSignals => Data.Value.OrganisationSignals;

    /// <summary>First labels of hosts that serve a mobile version (R-FOOTER-07: no footer number required there).</summary>
    public static IReadOnlyList<string> MobileHostLabels => Data.Value.MobileHostLabels;

    internal static RectificationDays Days => Data.Value.RectificationDays;

    internal sealed record RectificationDays(int Default, IReadOnlyDictionary<string, int> ByFinding);

    private sealed record FileShape(
        string Version,
        RectificationDays RectificationDays,
        IReadOnlyList<string> CommercialSignals,
        IReadOnlyList<string> OrganisationSignals,
        IReadOnlyList<string> MobileHostLabels);
}
