using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Beian.Reference;

namespace Beian.Numbers;

/// <summary>
/// An ICP filing number (ICP备案号): a subject number (主体备案号) <c>京ICP备2024036842号</c>, or a website number
/// (网站备案号) <c>京ICP备2024036842号-3</c>, the subject number followed by the website's sequence under the subject.
/// </summary>
/// <remarks>
/// Numbers issued since about 2019 carry a 10-digit serial (4-digit year + 6 digits); older ones an 8-digit serial
/// (2-digit year + 6). Both parse; only the 10-digit form is issued. Old abbreviations (川, 甘) are accepted on import.
/// </remarks>
public sealed partial record IcpNumber
{
    private IcpNumber(Province province, string abbreviation, string serial, int? websiteSequence)
    {
        Province = province;
        Abbreviation = abbreviation;
        Serial = serial;
        WebsiteSequence = websiteSequence;
    }

    /// <summary>The province whose bureau issued the number.</summary>
    public Province Province { get; }

    /// <summary>The abbreviation as written on the number (a former one for old numbers).</summary>
    public string Abbreviation { get; }

    /// <summary>The subject serial (主体序列号): 8 or 10 digits.</summary>
    public string Serial { get; }

    /// <summary>The website sequence (网站序列号), or null for a subject number.</summary>
    public int? WebsiteSequence { get; }

    public bool IsWebsiteNumber => WebsiteSequence is not null;

    /// <summary>The subject number this number belongs to (itself for a subject number).</summary>
    public IcpNumber Subject => WebsiteSequence is null ? this : new IcpNumber(Province, Abbreviation, Serial, null);

    /// <summary>A new subject number as the bureau issues it today: the year in Beijing time and a 6-digit counter.</summary>
    public static IcpNumber IssueSubject(Province province, int year, long counter)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(counter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counter, 999_999);
        var serial = year.ToString("D4", CultureInfo.InvariantCulture) + counter.ToString("D6", CultureInfo.InvariantCulture);
        return new IcpNumber(province, province.Abbreviation, serial, null);
    }

    /// <summary>The website number with the given sequence under this subject number.</summary>
    public IcpNumber ForWebsite(int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return new IcpNumber(Province, Abbreviation, Serial, sequence);
    }

    /// <summary>Parses a subject or website number.</summary>
    /// <param name="text">The number; surrounding white space is ignored.</param>
    /// <param name="number">The parsed number.</param>
    /// <param name="onImport">Accept former abbreviations (川, 甘), which are never issued today.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IcpNumber? number, bool onImport = false)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var abbreviation = match.Groups["abbr"].Value;
        var province = Provinces.FindByAbbreviation(abbreviation, acceptFormer: onImport);
        if (province is null)
        {
            return false;
        }

        int? sequence = null;
        if (match.Groups["seq"].Success)
        {
            if (!int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return false;
            }

            sequence = seq;
        }

        number = new IcpNumber(province, abbreviation, match.Groups["serial"].Value, sequence);
        return true;
    }

    public static IcpNumber Parse(string text, bool onImport = false) =>
        TryParse(text, out var number, onImport) ? number : throw new FormatException($"Not an ICP number: {text}");

    public override string ToString() =>
        WebsiteSequence is { } seq
            ? $"{Abbreviation}ICP备{Serial}号-{seq.ToString(CultureInfo.InvariantCulture)}"
            : $"{Abbreviation}ICP备{Serial}号";

    [GeneratedRegex(@"^(?<abbr>\p{IsCJKUnifiedIdeographs})ICP备(?<serial>\d{10}|\d{8})号(?:-(?<seq>[1-9]\d{0,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
