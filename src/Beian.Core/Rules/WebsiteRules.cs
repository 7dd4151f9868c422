using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>R-WEB-02, R-PROV-HB-01, R-PROV-HN-01: in Hubei and Hunan a first filing or new website has one website with one domain.</summary>
public sealed class OneWebsiteWithOneDomainWhereTheProvinceSaysSo : Rule
{
    public override IReadOnlyList<string> Ids => ["R-WEB-02", "R-PROV-HB-01", "R-PROV-HN-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!context.Province.OneWebsiteOneDomain || context.Type is not (FilingType.FirstFiling or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere))
        {
            yield break;
        }

        if (context.Websites.Count > 1)
        {
            yield return Block("websites", $"{context.Province.Name}要求每个主体只备案一个网站", "请只保留一个网站，其余网站另行办理。");
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (context.Websites[i].Domains.Count > 1)
            {
                yield return Block($"websites[{i}].domains", $"{context.Province.Name}要求每个网站只填写一个域名", "请只保留一个域名。");
            }
        }
    }
}

/// <summary>R-ACCESS-01: an access filing cannot add domains to the record.</summary>
public sealed class AccessFilingCannotAddDomains : Rule
{
    public override IReadOnlyList<string> Ids => ["R-ACCESS-01", "R-DOMAIN-15"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.Access)
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

/// <summary>R-CHG-06: since 2019-04-22 a website change can only delete domains; it cannot add or edit one.</summary>
public sealed class WebsiteChangeCanOnlyRemoveDomains : Rule
{
    public override IReadOnlyList<string> Ids => ["R-CHG-06"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type != FilingType.ChangeWebsite)
        {
            yield break;
        }

        foreach (var (field, domain) in context.AllDomains())
        {
            if (!context.RecordedDomains.Contains(domain))
            {
                yield return Block(field, "变更网站只能删除域名，不能新增或修改域名", "新域名请办理新增网站。");
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
