using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Beian.Domains;

/// <summary>
/// Domain names (域名) as the platform stores them: lower-case ASCII, internationalised names in punycode
/// (例子.中国 → xn--fsqu00a.xn--fiqs8s), no trailing dot. Full-width dots typed in Chinese input are accepted.
/// </summary>
public static partial class DomainName
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    public static bool TryNormalise([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? domain)
    {
        domain = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var name = text.Trim().Replace('。', '.').Replace('．', '.').Replace('｡', '.').TrimEnd('.');
        try
        {
            name = Idn.GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (name.Length > 253 || !Shape().IsMatch(name))
        {
            return false;
        }

        domain = name;
        return true;
    }

    /// <summary>The Unicode form for display (xn--fsqu00a.xn--fiqs8s → 例子.中国).</summary>
    public static string ToUnicode(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        try
        {
            return Idn.GetUnicode(domain);
        }
        catch (ArgumentException)
        {
            return domain;
        }
    }

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
