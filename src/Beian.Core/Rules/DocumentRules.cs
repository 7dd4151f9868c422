using Beian.Filings;

namespace Beian.Rules;

/// <summary>An uploaded document as the rule book sees it (资料).</summary>
/// <param name="Kind">The document key, e.g. subject-principal-id (see <see cref="DocumentKinds"/>).</param>
/// <param name="Role">Whose it is: subject, subject.principal, websites[0].principal.</param>
/// <param name="IssuedOn">Issue date, for proofs whose age counts.</param>
/// <param name="ExpiresOn">Expiry date, for certificates whose validity counts.</param>
public sealed record DocumentFacts(string Kind, string Role, DateOnly? IssuedOn, DateOnly? ExpiresOn);

/// <summary>The document keys and their Chinese names (entities.md §E7).</summary>
public static class DocumentKinds
{
    public const string PrincipalId = "principal-id";
    public const string OrganisationCertificate = "organisation-certificate";
    public const string AuthorisationLetter = "authorisation-letter";

    /// <summary>The back of a resident ID card (国徽面), with its issuing office and validity; the front is <see cref="PrincipalId"/>.</summary>
    public const string PrincipalIdBack = "principal-id-back";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [PrincipalId] = "负责人证件",
        [PrincipalIdBack] = "负责人身份证国徽面",
        [OrganisationCertificate] = "主办单位证件",
        [AuthorisationLetter] = "授权书",
        ["change-proof"] = "变更证明",
        ["domain-certificate"] = "域名证书",
        ["registrant-proof"] = "域名注册人证明",
        ["preapproval-file"] = "前置审批文件",
        ["residence-permit"] = "居住证",
        ["address-proof"] = "地址证明材料",
        ["work-certificate"] = "工作证明",
        ["commercial-statement"] = "经营性说明书",
        ["hand-held-photo"] = "手持证件照片",
        ["staffing-office-certificate"] = "编办证明",
        ["website-identification-code"] = "网站标识代码",
        ["party-government-confirmation-letter"] = "党政机关确认函",
        ["verification-form"] = "网站备案信息真实性核验单",
        [AppDetails.IconKind] = "APP图标",
    };
}

/// <summary>
/// R-DOC-01, R-DOC-03: the basic documents are uploaded — each principal's ID for each role (a person in two roles
/// uploads twice), and an organisation's certificate.
/// </summary>
public sealed class BasicDocumentsMustBeUploaded : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOC-01", "R-DOC-03"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type.PathOf() == ReviewPath.DirectToBureau)
        {
            yield break;
        }

        var missing = context.Principals().Select(p => p.Field).Where(role => !Has(context, DocumentKinds.PrincipalId, role)).ToList();
        if (context.Subject.Nature.IsOrganisation() && !Has(context, DocumentKinds.OrganisationCertificate, "subject"))
        {
            missing.Add("subject");
        }

        foreach (var role in missing)
        {
            yield return Block(role == "subject" ? "documents.subject" : $"documents.{role}", "检测到您上传的资料不完整,请继续上传资料", role == "subject" ? "请上传主办单位证件（如营业执照）。" : "请上传该负责人的证件（主体负责人与网站负责人为同一人时也须分别上传）。");
        }
    }

    internal static bool Has(RuleContext context, string kind, string role) => context.Documents.Any(d => d.Kind == kind && d.Role == role);
}

/// <summary>R-DOC-09: a certificate stays valid at least three months after submission (a pre-approval has its own rule, R-PREAPP-03).</summary>
public sealed class CertificatesMustStayValidForThreeMonths : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOC-09"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in context.Documents
        where d.Kind != APreApprovalMustBeValid.PreApprovalFile && d.ExpiresOn is { } expires && expires < context.Today.AddMonths(3)
        select Block($"documents.{d.Role}", $"{DocumentKinds.Names.GetValueOrDefault(d.Kind, d.Kind)}有效期不足3个月", "请上传有效期3个月以上的证件。", "REJ-CERT-INVALID");
}

/// <summary>
/// R-DOC-10, R-DOC-11: proofs (authorisation letters, change proofs, …) are at most three months old, unless the
/// province says otherwise (R-PROV-HE-01 6 months, R-PROV-SC-01 45 days, R-PROV-HN-02 45 days, R-PROV-HB-02 6 months).
/// </summary>
public sealed class ProofsMustBeRecentEnough : Rule
{
    private static readonly string[] Overrides = ["R-PROV-HE-01", "R-PROV-SC-01", "R-PROV-HN-02", "R-PROV-HB-02"];

    public override IReadOnlyList<string> Ids => ["R-DOC-10", "R-DOC-11", .. Overrides];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var d in context.Documents)
        {
            if (d.IssuedOn is { } issued && context.Province.DocumentMaxAgeDays.TryGetValue(d.Kind, out var days) && issued.AddDays(days) < context.Today)
            {
                // The finding names the national rule and, where the order's province overrides the age, that province's
                // rule alone: never the other provinces'.
                var own = Overrides.Where(context.Province.Rules.Contains).ToList();
                IReadOnlyList<string> ids = own.Count == 0 ? ["R-DOC-10"] : ["R-DOC-10", "R-DOC-11", .. own];
                yield return new Finding(ids, Severity.Blocking, $"documents.{d.Role}", $"{DocumentKinds.Names.GetValueOrDefault(d.Kind, d.Kind)}须为{days}天内开具", "请上传最新开具的文件。", "REJ-DOCS-OUTDATED");
            }
        }
    }
}

/// <summary>R-PROV-NM-01, R-PROV-HL-01, R-PROV-XJ-01, R-PROV-CFG-23: the documents a province asks for on top of the national list.</summary>
public sealed class ProvinceDocumentsMustBeUploaded : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PROV-CFG-23", "R-PROV-NM-01", "R-PROV-HL-01", "R-PROV-XJ-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var extra in context.Province.ExtraDocuments)
        {
            var applies = extra.Types.Contains(context.Type.ToString()) && (extra.Natures.Count == 0 || extra.Natures.Contains(context.Subject.Nature.ToString()));
            if (applies && !BasicDocumentsMustBeUploaded.Has(context, extra.Document, "subject"))
            {
                yield return new Finding([extra.Rule, "R-PROV-CFG-23"], Severity.Blocking, "documents.subject", $"{context.Province.Name}要求上传{extra.Name}", $"请在上传资料中提供{extra.Name}。", "REJ-CERT-INVALID");
            }
        }
    }
}
