using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>R-WEB-02, R-PROV-HB-01, R-PROV-HN-01: in Hubei and Hunan a first filing or new website has one website with one domain.</summary>
public sealed class OneWebsiteWithOneDomainWhereTheProvinceSaysSo : Rule
{
    public override IReadOnlyList<string> Ids => ["R-WEB-02", "R-PROV-HB-01", "R-PROV-HN-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        // Elsewhere a subject may have several websites and a website several domains (R-WEB-03).
        if (!context.Province.OneWebsiteOneDomain || context.Type is not (FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere))
        {
            yield break;
        }

        if (context.Websites.Count(w => w.IsWebsite) > 1)
        {
            yield return Block("websites", $"{context.Province.Name}要求每个主体只备案一个网站", "请只保留一个网站，其余网站另行办理。");
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (context.Websites[i].IsWebsite && context.Websites[i].Domains.Count > 1)
            {
                yield return Block($"websites[{i}].domains", $"{context.Province.Name}要求每个网站只填写一个域名", "请只保留一个域名。");
            }
        }
    }
}

/// <summary>
/// R-REVIEW-15: the record an access order would take over has left MIIT's database while the order ran (no provider
/// held it and the bureau cancelled it); the reviewer rejects, and the applicant files a new website or a first filing.
/// </summary>
public sealed class TheAccessedRecordMustStillExist : Rule
{
    public override IReadOnlyList<string> Ids => ["R-REVIEW-15"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type == FilingType.Access && context.AccessedRecordGone)
        {
            yield return Warn("websites", "工信部备案信息已被注销，不能再办理接入", "请通过工信部备案查询核实，按查询结果办理新增网站或首次备案。", "REJ-RECORD-GONE-DURING-FILING");
        }
    }
}

/// <summary>R-ACCESS-01: an access filing cannot add domains to the record.</summary>
public sealed class AccessFilingCannotAddDomains : Rule
{
    public override IReadOnlyList<string> Ids => ["R-ACCESS-01", "R-DOMAIN-15"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.Access || context.AccessedRecordGone)
        {
            yield break;
        }

        foreach (var (field, domain) in context.AllDomains())
        {
            if (!context.RecordedDomains.Contains(domain))
            {
                yield return Block(field, "接入备案不能新增域名", "新域名请在本接入商办理新增网站，或先在原接入商备案。");
            }
        }
    }
}

/// <summary>
/// R-SUBJ-08, R-ACCESS-03: an access or new-website filing for a subject filed elsewhere carries the subject principal
/// exactly as the national record holds it (R-PROV-CFG-11: unless the province allows access first, change after).
/// </summary>
public sealed class SubjectPrincipalMustMatchTheRecord : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-08", "R-ACCESS-03", "R-PROV-CFG-11"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type is not (FilingType.Access or FilingType.NewWebsiteSubjectElsewhere) || context.Province.AccessBeforeChangeAllowed
            || context.RecordedSubjectPrincipal is not { } recorded || context.Subject.Principal is not { } entered)
        {
            yield break;
        }

        if (entered.Name != recorded.Name || !string.Equals(entered.CertificateNumber, recorded.CertificateNumber, StringComparison.OrdinalIgnoreCase))
        {
            yield return Block("subject.principal", "与已备案成功主体负责人信息不一致,请修改一致后再提交", "请按工信部备案信息填写；如需变更，请先在原接入商办理变更。", "REJ-ACCESS-SUBJECT-MISMATCH");
        }
    }
}

/// <summary>R-ACCESS-04, R-ACCESS-08, R-PHONE-06: an access filing carries each website principal as recorded, whose Contact 1 receives the SMS.</summary>
public sealed class WebsitePrincipalMustMatchTheRecordOnAccess : Rule
{
    public override IReadOnlyList<string> Ids => ["R-ACCESS-04", "R-ACCESS-08"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.Access)
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var w = context.Websites[i];
            var recorded = w.Domains.Select(d => context.RecordedWebsitePrincipals.GetValueOrDefault(d)).FirstOrDefault(p => p is not null);
            if (recorded is null || w.Principal is not { } entered)
            {
                continue;
            }

            if (entered.Name != recorded.Name || !string.Equals(entered.CertificateNumber, recorded.CertificateNumber, StringComparison.OrdinalIgnoreCase) || entered.Mobile != recorded.Mobile)
            {
                yield return Block($"websites[{i}].principal", "与已备案成功网站负责人信息不一致,请修改一致后再提交", "接入备案须与原接入商处的网站负责人（含手机号码）一致；如已变化，请先在原接入商办理变更。", "REJ-ACCESS-SMS-FAILED");
            }
        }
    }
}

/// <summary>
/// R-CHG-06, R-APP-13: since 2019-04-22 a website change can only delete domains; it cannot add or edit one. An app's
/// back-end domains are delete-only as well unless the province lets an app change add them (its platforms and
/// features may be added and edited).
/// </summary>
public sealed class WebsiteChangeCanOnlyRemoveDomains : Rule
{
    public override IReadOnlyList<string> Ids => ["R-CHG-06", "R-APP-13"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.ChangeWebsite)
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var service = context.Websites[i];
            if (service.Type.IsApplication() && context.Province.AppChangeMayAddDomains)
            {
                continue;
            }

            for (var j = 0; j < service.Domains.Count; j++)
            {
                if (!context.RecordedDomains.Contains(service.Domains[j]))
                {
                    yield return Block($"websites[{i}].domains[{j}]", $"变更{service.Type.ChineseName()}只能删除域名，不能新增或修改域名", $"新域名请办理新增{service.Type.ChineseName()}。");
                }
            }
        }
    }
}

/// <summary>R-PREAPP-01: a website name in a regulated sector needs a pre-approval (前置审批) number and file.</summary>
public sealed class RegulatedSectorsNeedAPreApproval : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PREAPP-01", "R-PREAPP-02"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.Websites.Count; i++)
        {
            var name = context.Websites[i].Name;
            var sector = ReferenceLists.PreApprovalSectors.FirstOrDefault(s => s.Keywords.Any(k => name.Contains(k, StringComparison.Ordinal)));
            if (sector is not null)
            {
                yield return Warn($"websites[{i}].name", $"网站涉及{sector.Name}类内容，须取得前置审批", "请在网站信息中填写前置审批号并上传审批文件；如不涉及，请修改网站名称。", "REJ-PREAPPROVAL-INVALID");
            }
        }
    }
}

/// <summary>R-PREAPP-03: an uploaded pre-approval must still be valid after the day of submission.</summary>
public sealed class APreApprovalMustBeValid : Rule
{
    public const string PreApprovalFile = "preapproval-file";

    public override IReadOnlyList<string> Ids => ["R-PREAPP-03"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in context.Documents
        where d.Kind == PreApprovalFile && d.ExpiresOn is { } expires && expires <= context.Today
        select Block($"documents.{d.Role}", $"前置审批文件已于{d.ExpiresOn:yyyy-MM-dd}到期", "请上传仍在有效期内的前置审批文件，清晰完整；审批已失效的，请先向主管部门办理延续。", "REJ-PREAPPROVAL-INVALID");
}

/// <summary>
/// R-WEB-05: a domain that has no approved filing yet must not resolve while it is being filed; the applicant removes its
/// DNS records first (or asks support), since a site served before its filing is what the filing prevents.
/// </summary>
public sealed class AnUnfiledDomainMustNotResolveYet : Rule
{
    public override IReadOnlyList<string> Ids => ["R-WEB-05"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in context.AllDomains()
        where context.Type is FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere
              && context.ResolvingDomains.Contains(d.Domain)
        select Block(d.Field, "该域名目前无备案成功信息,请先关闭域名解析再提交", "请在域名解析服务商处暂停或删除该域名的解析记录，备案成功后再恢复；如有疑问请联系客服。");
}
