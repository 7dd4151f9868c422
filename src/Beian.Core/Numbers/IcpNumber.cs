using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Beian.Filings;
using Beian.Reference;

namespace Beian.Numbers;

/// <summary>
/// An ICP filing number (ICP备案号): a subject number (主体备案号) <c>京ICP备2024036842号</c>, or a service number
/// (服务备案号): the subject number followed by the service's sequence under the subject and a letter for its type
/// (R-APP-04) — a website <c>京ICP备2024036842号-3</c>, an app <c>-3A</c>, a mini-program <c>-3X</c>, a quick app <c>-3K</c>.
/// </summary>
/// <remarks>
/// Numbers issued since about 2019 carry a 10-digit serial (4-digit year + 6 digits); older ones an 8-digit serial
/// (2-digit year + 6). Both parse; only the 10-digit form is issued. Old abbreviations (川, 甘) are accepted on import.
/// The type letter is upper-case ASCII directly after the digits; anything else is not a number (R-APP-05).
/// </remarks>
public sealed partial record IcpNumber
{
    private IcpNumber(Province province, string abbreviation, string serial, int? serviceSequence, ServiceType? serviceType)
    {
        Province = province;
        Abbreviation = abbreviation;
        Serial = serial;
        ServiceSequence = serviceSequence;
        ServiceType = serviceType;
    }

    /// <summary>The province whose bureau issued the number.</summary>
    public Province Province { get; }

    /// <summary>The abbreviation as written on the number (a former one for old numbers).</summary>
    public string Abbreviation { get; }

    /// <summary>The subject serial (主体序列号): 8 or 10 digits.</summary>
    public string Serial { get; }

    /// <summary>The service's sequence under the subject (one sequence for every type), or null for a subject number.</summary>
    public int? ServiceSequence { get; }

    /// <summary>The type of the service the number belongs to, or null for a subject number.</summary>
    public ServiceType? ServiceType { get; }

    /// <summary>A website's, app's, mini-program's or quick app's number rather than the subject's.</summary>
    public bool IsServiceNumber => ServiceSequence is not null;

    /// <summary>The subject number this number belongs to (itself for a subject number).</summary>
    public IcpNumber Subject => ServiceSequence is null ? this : new IcpNumber(Province, Abbreviation, Serial, null, null);

    /// <summary>A new subject number as the bureau issues it today: the year in Beijing time and a 6-digit counter.</summary>
    public static IcpNumber IssueSubject(Province province, int year, long counter)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(counter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counter, 999_999);
        var serial = year.ToString("D4", CultureInfo.InvariantCulture) + counter.ToString("D6", CultureInfo.InvariantCulture);
        return new IcpNumber(province, province.Abbreviation, serial, null, null);
    }

    /// <summary>The number of the service of this type with the given sequence under this subject number.</summary>
    public IcpNumber ForService(int sequence, ServiceType type = Filings.ServiceType.Website)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        _ = Letter(type);
        return new IcpNumber(Province, Abbreviation, Serial, sequence, type);
    }

    /// <summary>The letter a service type adds after its sequence: none for a website, A, X, K (R-APP-04).</summary>
    public static string Letter(ServiceType type) => type switch
    {
        Filings.ServiceType.Website => string.Empty,
        Filings.ServiceType.App => "A",
        Filings.ServiceType.MiniProgram => "X",
        Filings.ServiceType.QuickApp => "K",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a subject or service number.</summary>
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
        ServiceType? type = null;
        if (match.Groups["seq"].Success)
        {
            if (!int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return false;
            }

            sequence = seq;
            type = match.Groups["type"].Value switch
            {
                "A" => Filings.ServiceType.App,
                "X" => Filings.ServiceType.MiniProgram,
                "K" => Filings.ServiceType.QuickApp,
                _ => Filings.ServiceType.Website,
            };
        }

        number = new IcpNumber(province, abbreviation, match.Groups["serial"].Value, sequence, type);
        return true;
    }

    public static IcpNumber Parse(string text, bool onImport = false) =>
        TryParse(text, out var number, onImport) ? number : throw new FormatException($"Not an ICP number: {text}");

    public override string ToString() =>
        ServiceSequence is { } seq
            ? $"{Abbreviation}ICP备{Serial}号-{seq.ToString(CultureInfo.InvariantCulture)}{Letter(ServiceType!.Value)}"
            : $"{Abbreviation}ICP备{Serial}号";

    [GeneratedRegex(@"^(?<abbr>\p{IsCJKUnifiedIdeographs})ICP备(?<serial>[0-9]{10}|[0-9]{8})号(?:-(?<seq>[1-9][0-9]{0,5})(?<type>[AXK])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
