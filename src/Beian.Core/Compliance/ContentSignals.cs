using Beian.Filings;
using Beian.Reference;

namespace Beian.Compliance;

/// <summary>A finding of the special inspection: its INSP code, what it concerns, and what was found.</summary>
public sealed record InspectionFinding(string Code, string Target, string Detail);

/// <summary>
/// What the text of a filed site's home page says about its content: commercial activity on a non-commercial filing
/// (R-CONTENT-05, INSP-CONTENT-COMMERCIAL), an organisation's site on an individual's filing
/// (INSP-CONTENT-SUBJECT-MISMATCH; an individual's site may only share personal work, R-CONTENT-01), words not fit to be published (INSP-CONTENT-INAPPROPRIATE). The word lists are data.
/// </summary>
public static class ContentSignals
{
    public static IEnumerable<InspectionFinding> Examine(string pageText, string domain, SubjectNature nature)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        if (ComplianceData.CommercialSignals.FirstOrDefault(w => pageText.Contains(w, StringComparison.Ordinal)) is { } sale)
        {
            yield return new("INSP-CONTENT-COMMERCIAL", domain, $"已经取得备案号的网站\"{domain}\"打开后内容涉及经营性,请您修改网站内容,或联系当地通信管理局咨询办理增值电信业务许可证（页面含「{sale}」）");
        }

        if (nature == SubjectNature.Individual && ComplianceData.OrganisationSignals.FirstOrDefault(w => pageText.Contains(w, StringComparison.Ordinal)) is { } organisation)
        {
            yield return new("INSP-CONTENT-SUBJECT-MISMATCH", domain, $"个人网站涉及企业：网站\"{domain}\"的内容（「{organisation}」）与备案主体不符");
        }

        if (ReferenceLists.WebsiteNames.SensitiveWords.FirstOrDefault(w => pageText.Contains(w, StringComparison.Ordinal)) is { } word)
        {
            yield return new("INSP-CONTENT-INAPPROPRIATE", domain, $"网站\"{domain}\"存在不适宜传播的内容（「{word}」）");
        }
    }
}
