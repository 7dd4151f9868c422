using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Infrastructure.Pdf;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 资料模板下载 (R-DOC-16): the authorisation letter, the commitment letter and the website construction plan, as PDF,
/// filled with the order's subject, services and province; certificate numbers are left blank to be written by hand,
/// so the file carries no personal data beyond names.
/// </summary>
public sealed class FilingTemplates(ProviderDb db, DraftMapper mapper, PdfDocuments pdf, TimeProvider time)
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["authorisation-letter"] = "网站负责人授权书",
        ["commitment-letter"] = "备案信息真实性承诺书",
        ["construction-plan"] = "网站建设方案书",
    };

    public async Task<Result<PdfFile>> GenerateAsync(Guid orderId, string name, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(orderId, user.Id(), ct);
        if (order is null || !Names.TryGetValue(name, out var title))
        {
            return Problems.NotFound(order is null ? "order" : "template");
        }

        var draft = mapper.ToView(order.Draft, order.WebsiteIcpNumbers, reveal: false);
        var province = ProvinceRuleTable.For(draft.Subject.ProvinceCode);
        using var document = pdf.Compose(title, $"备案订单{order.Number}");
        if (document is null)
        {
            return PdfDocuments.FontMissing();
        }

        document.Title(title).Paragraph($"致：{province.Administration}").Field("备案订单号", order.Number);
        var today = BeijingTime.DateOf(time.GetUtcNow()).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
        switch (name)
        {
            case "authorisation-letter":
                var days = province.DocumentMaxAgeDays.GetValueOrDefault("authorisation-letter", 90);
                foreach (var w in draft.Websites)
                {
                    document.Paragraph($"兹授权 {w.Principal?.Name ?? "＿＿＿＿"}（证件号码：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿）为「{w.Name}」（{string.Join("、", w.Domains)}）的{w.Type.ChineseName()}负责人，负责该{w.Type.ChineseName()}的备案及日常管理，并保证所提交资料真实有效。");
                }

                document.Paragraph($"本授权书自开具之日起{days}日内用于备案有效。").Field("授权单位", draft.Subject.Name).Signature("授权单位法定代表人").Signature("被授权人");
                break;
            case "commitment-letter":
                document.Paragraph($"{draft.Subject.Name}承诺：本次备案所提交的主办者信息、负责人信息、{string.Join("、", draft.Websites.Select(w => $"「{w.Name}」"))}的信息及全部资料真实、准确、有效；网站内容与备案信息一致，不从事未经许可的经营性互联网信息服务；备案信息发生变化时及时办理变更，不再使用时及时办理注销。如有不实，愿承担相应责任。")
                    .Signature(draft.Subject.Nature == SubjectNature.Individual ? "承诺人" : "主办单位");
                break;
            default:
                foreach (var w in draft.Websites)
                {
                    document.Heading($"「{w.Name}」").Field("域名", string.Join("、", w.Domains)).Field("服务类型", w.Type.ChineseName()).Field("内容类别", w.ContentCategory).Field("语言", w.Language)
                        .Paragraph("建设目的与主要栏目：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿").Paragraph("信息安全管理措施：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿");
                }

                document.Field("主办单位", draft.Subject.Name).Signature("主办单位");
                break;
        }

        document.Paragraph($"（本模板由备案平台于{today}按订单信息生成，请核对后打印、签字，拍照或扫描上传。）");
        return new PdfFile(document.ToBytes(), $"{order.Number}-{name}.pdf");
    }
}
