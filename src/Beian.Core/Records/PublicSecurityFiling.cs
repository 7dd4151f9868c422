using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Beian.Reference;

namespace Beian.Records;

/// <summary>What a page's footer shows of the website's public-security filing number.</summary>
/// <param name="Shown">The number is on the page.</param>
/// <param name="Linked">It stands inside a link to the public-security filing portal.</param>
/// <param name="Explanation">What was seen, in Chinese.</param>
public sealed record PublicSecurityFooter(bool Shown, bool Linked, string Explanation);

/// <summary>
/// 公安联网备案: the public-security filing a website makes after its ICP filing, within 30 days of going live (by the
/// provider's count: from the day it went live here, by default the day its filing synced here, which the owner may
/// correct). Its number — e.g. 京公网安备11010502030143号 — is the province's abbreviation, 公网安备, 14 digits whose first
/// two are that province's code, and 号; a site shows it in its footer beside the ICP number, linked to the portal.
/// </summary>
public static partial class PublicSecurityFiling
{
    public const int DaysToFile = 30;

    /// <summary>The national public-security filing portal, and its former address that footers still link to.</summary>
    public static readonly IReadOnlyList<string> PortalHosts = ["beian.mps.gov.cn", "www.beian.gov.cn"];

    public static DateOnly DeadlineOf(DateOnly launchedOn) => launchedOn.AddDays(DaysToFile);

    /// <summary>The number in its one written form, or the reason it is not one (in Chinese).</summary>
    public static bool TryParse(string? text, out string number, out string? error)
    {
        number = Regex.Replace(text ?? string.Empty, @"\s+", string.Empty);
        var match = NumberText().Match(number);
        if (!match.Success || match.Length != number.Length)
        {
            error = "公安备案号格式应为：省份简称＋公网安备＋14位数字＋号，例如 京公网安备11010502030143号。";
            return false;
        }

        var province = Provinces.FindByAbbreviation(match.Groups["abbreviation"].Value);
        if (province is null || !match.Groups["digits"].Value.StartsWith(province.Code, StringComparison.Ordinal))
        {
            error = "公安备案号的省份简称与数字开头的行政区划代码不一致，请按公安备案证明填写。";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Whether the page shows the number, and whether it links it to the portal.</summary>
    public static PublicSecurityFooter ExamineFooter(string html, string number)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(number);
        using var document = new HtmlParser().ParseDocument(html);
        static string Compact(string? text) => Regex.Replace(text ?? string.Empty, @"\s+", string.Empty);
        if (!Compact(document.Body?.TextContent).Contains(number, StringComparison.Ordinal))
        {
            return new(false, false, $"网站首页未显示公安备案号「{number}」");
        }

        var linked = document.QuerySelectorAll("a[href]").Any(a => Compact(a.TextContent).Contains(number, StringComparison.Ordinal) && PointsToPortal(a.GetAttribute("href")));
        return linked
            ? new(true, true, $"公安备案号「{number}」已显示并链接至公安备案网站")
            : new(true, false, $"公安备案号「{number}」未链接至 https://{PortalHosts[0]}/");
    }

    public static bool PointsToPortal(string? href) =>
        Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && PortalHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<abbreviation>\p{IsCJKUnifiedIdeographs})公网安备(?<digits>[0-9]{14})号$")]
    private static partial Regex NumberText();
}
