using Beian.Filings;

namespace Beian.Rules;

/// <summary>
/// R-WEB-01: every website of an order names itself, its domains (at least one) and its principal before it goes to
/// review; a draft may be saved without them, and the check says what is still missing.
/// </summary>
public sealed class EveryWebsiteHasANameDomainsAndAPrincipal : Rule
{
    public override IReadOnlyList<string> Ids => ["R-WEB-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Type.PathOf() == ReviewPath.DirectToBureau)
        {
            // A cancellation names websites already on the record; it adds nothing to fill in.
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            var w = context.Websites[i];
            if (string.IsNullOrWhiteSpace(w.Name) && w.IsWebsite)
            {
                yield return Block($"websites[{i}].name", "网站名称为必填项", "请填写网站名称。");
            }

            // An app's domains and a mini-program's absence of them are R-APP-27's.
            if (w.Domains.Count == 0 && w.IsWebsite)
            {
                yield return Block($"websites[{i}].domains", "网站至少须有一个域名", "请填写网站的域名；变更网站不能删除全部域名，不再使用的网站请办理注销网站。");
            }

            if (w.Principal is null)
            {
                yield return Block($"websites[{i}].principal", $"{w.Type.ChineseName()}负责人信息为必填项", "请填写负责人，或从主体负责人复制。");
            }
        }
    }
}

/// <summary>
/// R-PRIN-04, R-CHG-14: the subject has a principal with an emergency mobile; a record filed before one was asked
/// for (its principal's data missing) gets it through the change.
/// </summary>
public sealed class TheSubjectHasAPrincipal : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-04"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Subject.Principal is null && context.Type.PathOf() != ReviewPath.DirectToBureau)
        {
            yield return new Finding(
                context.Type.IsChange() ? ["R-PRIN-04", "R-CHG-14"] : Ids,
                Severity.Blocking,
                "subject.principal",
                PrincipalPhonesMustBeMainlandMobiles.EmergencyPhoneMessage,
                "请填写主体负责人（姓名、证件、手机号码、应急联系电话与邮箱）；原备案缺少负责人信息的，请通过变更主体补充。");
        }
    }
}

/// <summary>R-CODE-16: a website a filing adds is bound to a service code (产品验证); without one the verification fails.</summary>
public sealed class EveryNewWebsiteHasAServiceCode : Rule
{
    public const string Message = "产品验证失败,原因:参数不能为空";

    public override IReadOnlyList<string> Ids => ["R-CODE-16", "R-APP-35", "R-APP-03"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!context.Type.AddsDomains())
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            // R-APP-03: a mini-program or quick app runs on its host platform's servers, not on this provider's.
            if (context.Websites[i].Type.RunsOnAHostPlatform() && !context.MiniProgramNeedsServiceCode)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(context.Websites[i].ServiceCode))
            {
                yield return Block($"websites[{i}].serviceCode", Message, "请为网站填写备案服务码，或选择本账号的云产品实例。");
            }
        }
    }
}
