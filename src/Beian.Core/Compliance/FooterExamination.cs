using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Beian.Compliance;

/// <summary>What a page's footer shows, measured against the number it must show.</summary>
public enum FooterOutcome
{
    /// <summary>The right number, inside a link to https://beian.miit.gov.cn/.</summary>
    Compliant,

    /// <summary>No ICP number on the page.</summary>
    NumberMissing,

    /// <summary>A number, but not the one this page must show.</summary>
    WrongNumber,

    /// <summary>The right number, but not linked to MIIT.</summary>
    NotLinked,
}

public sealed record FooterVerdict(FooterOutcome Outcome, string Explanation, IReadOnlyList<string> NumbersShown);

/// <summary>
/// R-FOOTER-01, R-FOOTER-14: the page's text holds exactly the expected number (a website number is not its subject's
/// number, nor the other way round), and that number stands inside an <c>&lt;a&gt;</c> whose target is MIIT's filing
/// site — http or https, with or without the closing slash. Other numbers beside it — a commercial licence such as
/// 浙B2-20080101, a public-security filing number — do not disturb the check (R-FOOTER-06).
/// </summary>
public static partial class FooterExamination
{
    public const string MiitHost = "beian.miit.gov.cn";

    public static FooterVerdict Examine(string html, string expected)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(expected);
        using var document = new HtmlParser().ParseDocument(html);
        var shown = NumbersIn(document.Body?.TextContent ?? string.Empty);
        if (!shown.Contains(expected))
        {
            return shown.Count == 0
                ? new(FooterOutcome.NumberMissing, $"网站首页未显示备案号，应显示「{expected}」", shown)
                : new(FooterOutcome.WrongNumber, $"网站首页显示的备案号「{string.Join("、", shown)}」不正确，应显示「{expected}」", shown);
        }

        var linked = document.QuerySelectorAll("a[href]").Any(a => NumbersIn(a.TextContent).Contains(expected) && PointsToMiit(a.GetAttribute("href")));
        return linked
            ? new(FooterOutcome.Compliant, $"备案号「{expected}」已显示并链接至工信部", shown)
            : new(FooterOutcome.NotLinked, $"备案号「{expected}」未链接至 https://{MiitHost}/", shown);
    }

    public static bool PointsToMiit(string? href) =>
        Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Equals(MiitHost, StringComparison.OrdinalIgnoreCase)
        && uri.AbsolutePath == "/"
        && uri.Query.Length == 0;

    /// <summary>Every ICP number in a text, spaces inside a number ignored.</summary>
    public static IReadOnlyList<string> NumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = Whitespace().Replace(text, string.Empty);
        return [.. IcpNumberText().Matches(compact).Select(m => m.Value).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The abbreviation, ICP备, the serial, 号, and a service's -N with its type letter (R-APP-05): -1A on a website's
    // page is an app's number, not the website's -1; a longer serial or another -N is another number.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}ICP备[0-9]{8,10}号(?:-[0-9]+[AXK]?)?(?![0-9-])")]
    private static partial Regex IcpNumberText();
}
