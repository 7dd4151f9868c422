using Beian.Domains;
using Beian.Filings;
using Beian.Time;

namespace Beian.Rules;

/// <summary>Helpers shared by the domain checks: each draft domain with its registration, if the registry knows it.</summary>
internal static class DomainFacts
{
    public static IEnumerable<(string Field, string Domain, DomainRegistration? Registration)> Registrations(RuleContext c) =>
        c.AllDomains().Select(d =>
        {
            var registrable = PublicSuffixList.RegistrableDomain(d.Domain) ?? d.Domain;
            return (d.Field, d.Domain, c.Domains.GetValueOrDefault(registrable));
        });
}

/// <summary>R-DOMAIN-06: the TLD must be on MIIT's approved list. The platform holds the list, so it blocks.</summary>
public sealed class DomainTldMustBeApprovedByMiit : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-06"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in context.AllDomains()
        where context.Type.AddsDomains()
        let tld = TldOf(d.Domain)
        where !context.Tables.Tlds.IsApproved(tld, context.Today)
        select Block(d.Field, $"该域名核验出现错误:TLD未批复（.{DomainName.ToUnicode(tld)}）", "请更换为工信部批复的顶级域下的域名，例如 .cn、.com、.net。", "REJ-DOMAIN-TLD-NOT-APPROVED");

    public static string TldOf(string domain) => domain[(domain.LastIndexOf('.') + 1)..];
}

/// <summary>
/// R-DOMAIN-14, R-CANCEL-05: a domain under a top-level domain MIIT has not approved, once its filing is cancelled or
/// the domain is removed, can never be filed again; the applicant is warned before such a cancellation.
/// </summary>
public sealed class RemovingAnUnapprovedTldIsFinal : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-14", "R-CANCEL-05"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from domain in context.RemovedDomains
        let tld = DomainTldMustBeApprovedByMiit.TldOf(domain)
        where !context.Tables.Tlds.IsApproved(tld, context.Today)
        select Warn("websites", $"域名{DomainName.ToUnicode(domain)}的后缀（.{DomainName.ToUnicode(tld)}）未获工信部批复，注销后将不能再次备案", "如仍需使用该域名，请勿注销或删除；确认不再使用的，可继续提交。");
}

/// <summary>R-DOMAIN-01, R-DOMAIN-08, R-DOMAIN-11: the domain must be real-name verified and in MIIT's registrar database.</summary>
public sealed class DomainMustBeInTheRegistrarDatabase : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-01", "R-DOMAIN-08", "R-DOMAIN-11"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is null || d.Registration.RealNameVerifiedOn is null || !d.Registration.InMiitDatabase
        select Warn(
            d.Field,
            d.Registration?.RealNameVerifiedOn is null ? "该域名不存在注册商验证库中（域名未完成实名认证）" : "该域名不存在注册商验证库中",
            "请在域名注册商处以与主办者一致的信息完成实名认证；刚完成认证的，约2-3天后数据才进入工信部验证库，请稍后再提交。",
            d.Registration?.RealNameVerifiedOn is null ? "REJ-DOMAIN-NOT-REALNAME" : "REJ-DOMAIN-NOT-IN-REGISTRAR-DB");
}

/// <summary>
/// R-DOMAIN-02, R-DOMAIN-09, R-DOMAIN-10, R-ACCESS-11: the domain holder must be the subject (name); where the province
/// accepts a registrant proof for organisations (R-PROV-CFG-04) that is the remedy, else the transfer of the domain.
/// </summary>
public sealed class DomainHolderMustBeTheSubject : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-02", "R-DOMAIN-09", "R-DOMAIN-10"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var d in DomainFacts.Registrations(context))
        {
            if (d.Registration is null || d.Registration.HolderName == context.Subject.Name)
            {
                continue;
            }

            var proof = context.Subject.Nature.IsOrganisation() && context.Province.RegistrantProofAccepted;
            // A new website for a subject already filed gets the wording the system uses there, naming the holder.
            var newWebsite = context.Type is FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere;
            yield return Warn(
                d.Field,
                newWebsite
                    ? $"经系统核验此次新增网站的域名所有者为{d.Registration.HolderName},非备案主体公司名称或法人姓名,请提供相关证明材料和域名授权说明。"
                    : "域名持有者与主办单位不一致,请认真核实,做好真实性核验工作。",
                proof ? "本省接受域名注册人证明：请上传有关网站ICP备案域名注册人的证明材料，或将域名过户至主办单位名下。" : "请将域名过户至主办单位（主办人）名下，或修改主办者信息与域名实名信息一致。",
                "REJ-DOMAIN-HOLDER-MISMATCH");
        }
    }
}

/// <summary>R-DOMAIN-03: the real-name certificate type must equal the subject's.</summary>
public sealed class DomainHolderCertificateTypeMustMatch : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-03"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is not null && d.Registration.HolderCertificateType != context.Subject.CertificateType
        select Warn(d.Field, "域名注册人证件类型比对不一致", "请使用与域名实名认证相同的证件类型备案，或以主办者证件重新实名认证域名。", "REJ-DOMAIN-REGISTRANT-CERT-TYPE-MISMATCH");
}

/// <summary>R-DOMAIN-04: the real-name certificate number must equal the subject's.</summary>
public sealed class DomainHolderCertificateNumberMustMatch : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-04"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is not null && !string.Equals(d.Registration.HolderCertificateNumber, context.Subject.CertificateNumber, StringComparison.OrdinalIgnoreCase)
        select Warn(d.Field, "域名注册人证件号码比对不一致", "请核对主办者证件号码，或以主办者证件重新实名认证域名。", "REJ-DOMAIN-REGISTRANT-CERT-NO-MISMATCH");
}

/// <summary>R-DOMAIN-05: the domain must not be past its expiry.</summary>
public sealed class DomainMustNotBeExpired : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-05"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is not null && d.Registration.ExpiresOn < context.Today
        select Warn(d.Field, "该域名核验出现错误:域名已过期", "请先续费域名，再提交备案。", "REJ-DOMAIN-EXPIRED");
}

/// <summary>R-DOMAIN-07: the registrar must be approved by MIIT.</summary>
public sealed class DomainRegistrarMustBeApprovedByMiit : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-07"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is not null && !context.Tables.Registrars.Contains(d.Registration.Registrar)
        select Warn(d.Field, "该域名核验出现错误:注册商未批复", "请将域名转入工信部批复的域名注册服务机构后再备案。", "REJ-DOMAIN-REGISTRAR-NOT-APPROVED");
}

/// <summary>R-DOMAIN-12, R-ACCESS-09: real-name finished less than three working days ago may not have reached the bureau (AMB-04).</summary>
public sealed class RecentRealNameMayNotHaveReachedTheBureau : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-12", "R-ACCESS-09"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration?.RealNameVerifiedOn is { } verified && context.Tables.Calendar.Between(verified, context.Today) < 3
        select Warn(
            d.Field,
            "域名刚完成实名认证，完成实名认证的时间不足三个工作日",
            "管局可能尚未获取实名数据，建议满三个工作日后再提交，以免被驳回。",
            context.Type == FilingType.Access ? "REJ-ACCESS-REALNAME-TOO-RECENT" : "REJ-DOMAIN-NOT-SYNCED");
}

/// <summary>R-DOMAIN-13: a domain on serverHold or clientHold does not resolve until the registry unlocks it.</summary>
public sealed class DomainMustNotBeOnHold : Rule
{
    public override IReadOnlyList<string> Ids => ["R-DOMAIN-13"];

    public override IEnumerable<Finding> Check(RuleContext context) =>
        from d in DomainFacts.Registrations(context)
        where d.Registration is { Status: "serverHold" or "clientHold" }
        select Warn(d.Field, $"域名处于{d.Registration!.Status}状态，无法正常解析", "请联系域名注册商解除锁定（如补充实名认证）。");
}
