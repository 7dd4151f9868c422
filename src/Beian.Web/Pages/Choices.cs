using Beian.Filings;

namespace Beian.Web.Pages;

/// <summary>The drop-down lists of the console's forms.</summary>
public static class Choices
{
    public static IReadOnlyList<(string Value, string Text)> Provinces { get; } =
        [("", "请选择"), .. Beian.Reference.Provinces.All.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => (p.Code, p.Name))];

    public static IReadOnlyList<(string Value, string Text)> Natures { get; } =
        [.. Enum.GetValues<SubjectNature>().Select(n => (n.ToString(), n.ChineseName()))];

    public static IReadOnlyList<(string Value, string Text)> SubjectCertificates { get; } =
        [.. new[] { "居民身份证", "营业执照", "事业单位法人证书", "社会团体法人登记证书", "民办非企业单位登记证书", "基金会法人登记证书", "律师事务所执业许可证", "宗教活动场所登记证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证" }.Select(c => (c, c))];

    /// <summary>The certificates a subject of this nature files with: a person's own documents, or an organisation's (R-SUBJ-01).</summary>
    public static IReadOnlyList<(string Value, string Text)> SubjectCertificatesFor(SubjectNature nature) =>
        [.. SubjectCertificates.Where(c => Beian.Rules.CertificateTypes.Personal.Contains(c.Value) == (nature == SubjectNature.Individual))];

    public static IReadOnlyList<(string Value, string Text)> PrincipalCertificates { get; } =
        [.. new[] { "居民身份证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证" }.Select(c => (c, c))];

    public static IReadOnlyList<(string Value, string Text)> Languages { get; } =
        [.. new[] { "中文简体", "中文繁体", "英语", "其他语种" }.Select(c => (c, c))];

    public static IReadOnlyList<(string Value, string Text)> ContentCategories { get; } =
        [.. Beian.Rules.ContentCategoryMustBeKnown.Categories.Select(c => (c, c))];

    public static IReadOnlyList<(string Value, string Text)> ServiceTypes { get; } =
        [.. Beian.Filings.ServiceTypes.All.Select(t => (t.ToString(), t.ChineseName()))];

    /// <summary>The service-content catalog as 「一级-二级」 values (R-APP-32).</summary>
    public static IReadOnlyList<(string Value, string Text)> ServiceContent { get; } =
        [.. Beian.Reference.ReferenceLists.ServiceContent.SelectMany(c => c.Children.Select(child => ($"{c.Name}-{child}", $"{c.Name} · {child}")))];

    public static IReadOnlyList<string> PreApprovalSectors { get; } = [.. Beian.Reference.ReferenceLists.PreApprovalSectors.Select(s => s.Name)];
}
