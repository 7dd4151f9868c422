namespace Beian.Reference;

/// <summary>A province-level division (省/自治区/直辖市) that has its own communications administration (管局).</summary>
/// <param name="Code">Two-digit division code (行政区划代码), e.g. <c>11</c> for Beijing; also the first two digits of a resident ID.</param>
/// <param name="Iso">ISO 3166-2 code, e.g. <c>CN-BJ</c>.</param>
/// <param name="Name">Full name, e.g. 北京市.</param>
/// <param name="ShortName">Short name used in the console, e.g. 北京.</param>
/// <param name="Abbreviation">The one-character abbreviation (省简称) that opens every ICP number, e.g. 京.</param>
/// <param name="FormerAbbreviations">Abbreviations found on old numbers only (川 for Sichuan, 甘 for Gansu): accepted on import, never issued.</param>
public sealed record Province(
    string Code,
    string Iso,
    string Name,
    string ShortName,
    string Abbreviation,
    IReadOnlyList<string> FormerAbbreviations);
