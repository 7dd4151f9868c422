using Beian.Filings;
using Beian.Rules;

namespace Beian.Web.Features.Filings;

/// <summary>
/// One place for one document of an order (资料位): what it is, whose, whether submission needs it, the upload rule
/// shown beside it, and what the reviewer checks on it.
/// </summary>
public sealed record DocumentSlot(string Kind, string Role, string Title, string Whose, bool Required, string Rule, IReadOnlyList<string> Checklist)
{
    public string Key => $"{Kind}:{Role}";
}

/// <summary>
/// The typed slots of an order's documents, from its draft — which depend on the scenario and the province (R-DOC-02): each
/// principal's certificate (front and back of an ID card), the organisation's certificate, each app's icon, the province's own forms.
/// </summary>
public static class DocumentSlots
{
    private const string ImageRule = "彩色原件照片或扫描件，JPG、PNG或GIF，200KB至4MB，四角完整、文字清晰";

    public static IReadOnlyList<DocumentSlot> Of(DraftView draft, FilingType type)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var slots = new List<DocumentSlot>();
        var subject = draft.Subject;
        if (subject.Nature != SubjectNature.Individual)
        {
            slots.Add(new(DocumentKinds.OrganisationCertificate, "subject", $"{Named(subject.CertificateType, "主办单位证件")}", Named(subject.Name, "主办单位"), true, ImageRule + "；须在有效期内且剩余3个月以上",
                ["单位名称、证件号码与填写的主办单位信息一致", "证件在有效期内，剩余不少于3个月", "住所与填写的证件住所一致"]));
        }

        if (subject.Principal is { } sp)
        {
            slots.AddRange(Person(sp, "subject.principal", "主体负责人"));
        }

        for (var i = 0; i < draft.Websites.Count; i++)
        {
            var w = draft.Websites[i];
            var service = Named(w.Name, $"第{i + 1}个{w.Type.ChineseName()}");
            if (w.Principal is { } wp)
            {
                slots.AddRange(Person(wp, $"websites[{i}].principal", $"「{service}」的负责人"));
            }

            if (w.Type.IsApplication())
            {
                slots.Add(new(AppDetails.IconKind, $"websites[{i}]", $"{w.Type.ChineseName()}图标", $"「{service}」", true, "JPG或PNG，100KB以内，与上架时的图标一致",
                    ["图标与应用商店或平台中展示的一致", "图标不含违规内容"]));
            }
        }

        // The documents the subject's province asks for on top of the national list (R-PROV-CFG-23).
        var province = ProvinceRuleTable.For(subject.ProvinceCode);
        slots.AddRange(province.ExtraDocuments
            .Where(extra => extra.Types.Contains(type.ToString()) && (extra.Natures.Count == 0 || extra.Natures.Contains(subject.Nature.ToString())))
            .Select(extra => new DocumentSlot(extra.Document, "subject", extra.Name, $"{province.Name}要求", true, ImageRule, ["资料内容与填写的主办单位信息一致", "按本省要求填写、签字或盖章"])));
        return slots;
    }

    private static IEnumerable<DocumentSlot> Person(PrincipalView person, string role, string whose)
    {
        var idCard = person.CertificateType == CertificateTypes.ResidentIdCard;
        var label = $"{whose}（{Named(person.Name, "未填写姓名")}）";
        yield return new(DocumentKinds.PrincipalId, role, idCard ? "身份证人像面" : Named(person.CertificateType, "负责人证件"), label, true, ImageRule + "；同一人担任多个负责人时，每个位置都须上传",
            ["姓名、证件号码与填写的负责人信息一致", "证件在有效期内，剩余不少于3个月", "照片清晰，无遮挡、无修改痕迹"]);
        if (idCard)
        {
            yield return new(DocumentKinds.PrincipalIdBack, role, "身份证国徽面", label, false, ImageRule + "；用于核对签发机关与有效期",
                ["签发机关与有效期清晰可见", "与人像面为同一张证件"]);
        }
    }

    private static string Named(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
