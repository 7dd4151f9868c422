using System.Collections.Frozen;

namespace Beian.Reference;

/// <summary>The 31 provinces of mainland China, read once from the versioned data file <c>provinces.json</c>.</summary>
public static class Provinces
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Every province, in division-code order.</summary>
    public static IReadOnlyList<Province> All => Data.Value.All;

    /// <summary>The data file's version (its date).</summary>
    public static string Version => Data.Value.Version;

    public static Province? FindByCode(string? code) =>
        code is not null && Data.Value.ByCode.TryGetValue(code, out var p) ? p : null;

    /// <summary>Finds a province by its current abbreviation, or by a former one when <paramref name="acceptFormer"/> is set.</summary>
    public static Province? FindByAbbreviation(string abbreviation, bool acceptFormer = false)
    {
        if (Data.Value.ByAbbreviation.TryGetValue(abbreviation, out var p))
        {
            return p;
        }

        return acceptFormer && Data.Value.ByFormerAbbreviation.TryGetValue(abbreviation, out var old) ? old : null;
    }

    private sealed record Table(
        string Version,
        IReadOnlyList<Province> All,
        FrozenDictionary<string, Province> ByCode,
        FrozenDictionary<string, Province> ByAbbreviation,
        FrozenDictionary<string, Province> ByFormerAbbreviation);

    private sealed record FileRow(string Code, string Iso, string Name, string ShortName, string Abbreviation, string[]? FormerAbbreviations);

    private sealed record FileShape(string Version, FileRow[] Provinces);

    private static Table Load()
    {
        var file = ReferenceData.Read<FileShape>("provinces.json");
        var all = file.Provinces
            .Select(r => new Province(r.Code, r.Iso, r.Name, r.ShortName, r.Abbreviation, r.FormerAbbreviations ?? []))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new Table(
            file.Version,
            all,
            all.ToFrozenDictionary(p => p.Code),
            all.ToFrozenDictionary(p => p.Abbreviation),
            all.SelectMany(p => p.FormerAbbreviations.Select(a => (a, p))).ToFrozenDictionary(x => x.a, x => x.p));
    }
}
