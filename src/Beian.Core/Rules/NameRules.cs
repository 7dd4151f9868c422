using System.Globalization;
using Beian.Domains;
using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>R-NAME-02: a website name has at least three Chinese characters.</summary>
public sealed class WebsiteNameMustHaveThreeChineseCharacters : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-02"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from w in context.Websites.Select((w, i) => (w.Name, w.IsWebsite, Field: $"websites[{i}].name"))
        where w.IsWebsite && w.Name.Length > 0 && WebsiteNameText.ChineseCharacters(w.Name) < 3
        select Block(w.Field, "网站名称不合格：至少包含3个汉字", "请使用能概括网站内容的中文名称，例如「张三的技术博客」。", "REJ-SITE-NAME-INVALID");
}

/// <summary>R-NAME-03: not digits only, not Latin letters only, no special symbols.</summary>
public sealed class WebsiteNameMustUseOnlyChineseLettersAndDigits : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-03"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from w in context.Websites.Select((w, i) => (w.Name, w.IsWebsite, Field: $"websites[{i}].name"))
        where w.IsWebsite && w.Name.Length > 0 && (w.Name.All(char.IsAsciiDigit) || w.Name.All(char.IsAsciiLetter) || w.Name.Any(c => !WebsiteNameText.IsAllowed(c)))
        select Block(w.Field, "网站名称不合格：不能为纯数字、纯字母，且不能包含特殊符号", "网站名称只可使用汉字、字母和数字。", "REJ-SITE-NAME-INVALID");
}

/// <summary>R-NAME-04: only state bodies may open a website name with 中国, 中华, 中央, 人民, 人大 or 国家.</summary>
public sealed class WebsiteNameMustNotStartWithReservedWord : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-04"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var words = ReferenceLists.WebsiteNames;
        if (words.StateBodyNatures.Contains(context.Subject.Nature.ToString()))
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var prefix = words.ReservedPrefixes.FirstOrDefault(p => context.Websites[i].Name.StartsWith(p, StringComparison.Ordinal));
            if (prefix is not null)
            {
                yield return Block($"websites[{i}].name", $"网站名称不合格：非国家机关不能以「{prefix}」开头", "请修改网站名称的开头。", "REJ-SITE-NAME-INVALID");
            }
        }
    }
}

/// <summary>R-NAME-05: the name is not the domain itself, nor its label.</summary>
public sealed class WebsiteNameMustNotBeTheDomain : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-05"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (!context.Websites[i].IsWebsite)
            {
                continue; // An app is named as it ships (R-APP-16); its back-end domain is no name.
            }

            // A name counts as the domain however the domain is written in it: with www. or without, as a URL.
            var name = WithoutWww(context.Websites[i].Name.Trim().ToLowerInvariant().Replace("https://", string.Empty, StringComparison.Ordinal)
                .Replace("http://", string.Empty, StringComparison.Ordinal).TrimEnd('/'));
            var isDomain = context.Websites[i].Domains.Any(d =>
            {
                var registrable = DomainName.ToUnicode(PublicSuffixList.RegistrableDomain(d) ?? d);
                var label = registrable.Split('.')[0];
                return name == WithoutWww(d) || name == WithoutWww(DomainName.ToUnicode(d)) || name == registrable || name == label;
            });
            if (isDomain)
            {
                yield return Block($"websites[{i}].name", "网站名称不合格：不能使用域名作为网站名称", "请使用能概括网站内容的中文名称。", "REJ-SITE-NAME-INVALID");
            }
        }
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
}

/// <summary>R-NAME-06: no sensitive word (反腐, 赌博, 廉政, 色情 …; the list is data).</summary>
public sealed class WebsiteNameMustNotContainSensitiveWords : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-06"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.Websites.Count; i++)
        {
            var word = ReferenceLists.WebsiteNames.SensitiveWords.FirstOrDefault(w => context.Websites[i].Name.Contains(w, StringComparison.Ordinal));
            if (word is not null)
            {
                yield return Block($"websites[{i}].name", $"网站名称不合格：包含敏感词「{word}」", "请修改网站名称。", "REJ-SITE-NAME-INVALID");
            }
        }
    }
}

/// <summary>R-NAME-07, R-NAME-08: an individual's website name may not suggest an organisation, industry or trade.</summary>
public sealed class IndividualWebsiteNameMustNotSuggestAnOrganisation : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-07", "R-NAME-08"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Subject.Nature.IsOrganisation())
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var word = ReferenceLists.WebsiteNames.OrganisationWords.FirstOrDefault(w => context.Websites[i].Name.Contains(w, StringComparison.Ordinal));
            if (word is not null)
            {
                yield return Warn($"websites[{i}].name", $"个人备案的网站名称不能涉及企业、行业或经营内容（「{word}」）", "请改用个人性质的名称（如「某某的博客」）；网站涉及企业或经营内容的，请以单位性质备案。", "REJ-SITE-NAME-INVALID");
            }
        }
    }
}

/// <summary>R-NAME-09: a name cancelled for illegal content (blacklist) cannot be filed again.</summary>
public sealed class WebsiteNameMustNotBeBlacklisted : Rule
{
    public override IReadOnlyList<string> Ids => ["R-NAME-09"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from w in context.Websites.Select((w, i) => (w.Name, Field: $"websites[{i}].name"))
        where context.Conflicts.BlacklistedNames.Contains(w.Name)
        select Block(w.Field, "该网站名称已被列入黑名单，不能备案", "请更换网站名称。", "REJ-SITE-NAME-INVALID");
}

/// <summary>R-CONTENT-07: the content category is one of 综合门户, 单位门户, 其他.</summary>
public sealed class ContentCategoryMustBeKnown : Rule
{
    /// <summary>The categories a website may be filed under.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["综合门户", "单位门户", "其他"];

    public override IReadOnlyList<string> Ids => ["R-CONTENT-07"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from w in context.Websites.Select((w, i) => (w.ContentCategory, w.IsWebsite, Field: $"websites[{i}].contentCategory"))
        where w.IsWebsite && !Categories.Contains(w.ContentCategory)
        select Block(w.Field, "网站内容类别须为综合门户、单位门户或其他", "请重新选择网站内容类别。");
}

internal static class WebsiteNameText
{
    public static int ChineseCharacters(string name) => name.Count(IsChinese);

    public static bool IsAllowed(char c) => IsChinese(c) || char.IsAsciiLetterOrDigit(c);

    private static bool IsChinese(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c is >= '\u3400' and <= '\u9fff';
}
