using Beian.Filings;
using Beian.Identity;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>
/// R-PRIN-01, R-PROV-LR-01, R-FACE-04: in a legal-representative province an organisation's subject principal is its
/// legal representative, or, where the province accepts one, holds the legal representative's authorisation letter
/// (R-PROV-CFG-02).
/// </summary>
public sealed class SubjectPrincipalMustBeTheLegalRepresentative : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-01", "R-PROV-LR-01", "R-FACE-04"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!context.Subject.Nature.IsOrganisation() || !context.Province.LegalRepRequired || context.Business is not { } business
            || context.Subject.Principal is not { } principal || principal.Name == business.LegalRepresentative)
        {
            yield break;
        }

        yield return context.Province.AuthorisationLetterForSubjectPrincipal
            ? Warn("subject.principal.name", "主体负责人非法定代表人：须上传法定代表人授权书", "本省接受法定代表人授权，请上传授权书（3个月内有效）。", "REJ-PRINCIPAL-NOT-LEGAL-REP")
            : Block("subject.principal.name", "主办单位负责人姓名与工商信息库登记信息不一致", "本省要求主体负责人为法定代表人，请填写工商登记的法定代表人。", "REJ-PRINCIPAL-NOT-LEGAL-REP");
    }
}

/// <summary>R-PRIN-02, R-PRIN-03: where the province asks (R-PROV-CFG-01), the website principal is the legal representative or holds an authorisation letter.</summary>
public sealed class WebsitePrincipalMustBeTheLegalRepresentativeOrAuthorised : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-02", "R-PRIN-03"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!context.Subject.Nature.IsOrganisation() || !context.Province.WebsitePrincipalMustBeLegalRep || context.Business is not { } business)
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (context.Websites[i].Principal is { } p && p.Name != business.LegalRepresentative)
            {
                yield return Warn($"websites[{i}].principal.name", "网站负责人非法定代表人：须上传法定代表人授权书", "请上传法定代表人授权书，或由法定代表人担任网站负责人。", "REJ-PRINCIPAL-NOT-LEGAL-REP");
            }
        }
    }
}

/// <summary>
/// R-PRIN-04, R-PHONE-01, R-CHG-14: the emergency phone is mandatory and a mobile number, for the subject and every
/// website — a record filed before it was asked for gets one through the change (R-CHG-14) — except that in an
/// individual's filing the subject's number is enough for a website principal; Contact 1 is a mobile too.
/// </summary>
public sealed class PrincipalPhonesMustBeMainlandMobiles : Rule
{
    /// <summary>The spec's message (R-PRIN-04), verbatim.</summary>
    public const string EmergencyPhoneMessage = "应急联系电话为必填项,请填写您最常用的手机号码,保持电话畅通。应急联系电话请填写手机号码";

    public override IReadOnlyList<string> Ids => ["R-PRIN-04", "R-PHONE-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var subjectsEmergency = context.Subject.Principal?.EmergencyPhone;
        foreach (var (field, p) in context.Principals())
        {
            var reliesOnTheSubjects = p.EmergencyPhone is null && field != "subject.principal"
                && context.Subject.Nature == SubjectNature.Individual && MainlandPhone.IsMobile(subjectsEmergency);
            if (!reliesOnTheSubjects && !MainlandPhone.IsMobile(p.EmergencyPhone))
            {
                var ids = context.Type.IsChange() && p.EmergencyPhone is null ? (IReadOnlyList<string>)["R-PRIN-04", "R-CHG-14"] : Ids;
                yield return new Finding(ids, Severity.Blocking, field + ".emergencyPhone", EmergencyPhoneMessage, "请填写11位中国内地手机号码；原备案缺少应急联系电话的，请通过变更备案补充。", "REJ-PHONE-PROBLEM");
            }

            if (!MainlandPhone.IsMobile(p.Mobile))
            {
                yield return Block(field + ".mobile", "联系方式1须为中国内地手机号码", "初审电话与工信部短信核验都使用该号码，请填写本人在用的手机号码。", "REJ-PHONE-PROBLEM");
            }
        }
    }
}

/// <summary>R-PHONE-02: a landline, where one is given, is written 区号-座机号.</summary>
public sealed class ALandlineIsWrittenAsAreaCodeAndNumber : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PHONE-02"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, p) in context.Principals())
        {
            if (p.Landline is { } landline && !MainlandPhone.IsLandlineAsAreaCodeAndNumber(landline))
            {
                yield return Block(field + ".landline", "座机号码格式不正确", "请按“区号-号码”填写：区号3至4位、号码7至8位，例如010-88881234。");
            }
        }
    }
}

/// <summary>
/// R-PHONE-03: a Contact 1 issued in another province is a risk the reviewer or the bureau rejects (REJ-PHONE-PROBLEM);
/// where the province wants local mobiles it blocks (R-PROV-CFG-09). A range of unknown origin is left alone.
/// </summary>
public sealed class MobilesShouldBeFromTheFilingProvince : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PHONE-03"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var province = Provinces.FindByCode(context.Subject.ProvinceCode);
        if (province is null)
        {
            yield break;
        }

        foreach (var (field, p) in context.Principals())
        {
            var region = MainlandPhone.IsMobile(p.Mobile) ? MainlandPhone.RegionOf(p.Mobile) : string.Empty;
            var issuedIn = Provinces.All.FirstOrDefault(candidate => region.StartsWith(candidate.ShortName, StringComparison.Ordinal));
            if (issuedIn is null || issuedIn.Code == province.Code)
            {
                continue;
            }

            var message = $"联系方式1为{region}号段，不是{province.Name}的号码";
            yield return context.Province.LocalMobileRequired
                ? new Finding([.. Ids, "R-PROV-CFG-09"], Severity.Blocking, field + ".mobile", message, $"{province.Name}要求负责人使用本省号段的手机号码，请更换后再提交。", "REJ-PHONE-PROBLEM")
                : Warn(field + ".mobile", message, "外省号码可能被驳回；如有本省号码，建议填写本省号码，并保持畅通。", "REJ-PHONE-PROBLEM");
        }
    }
}

/// <summary>R-PHONE-04: mobile virtual operators' ranges only where the province accepts them (R-PROV-CFG-10).</summary>
public sealed class VirtualOperatorNumbersOnlyWhereAccepted : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PHONE-04"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Province.VirtualOperatorAccepted)
        {
            yield break;
        }

        foreach (var (field, p) in context.Principals())
        {
            if (MainlandPhone.IsMobile(p.Mobile) && MainlandPhone.IsVirtualOperator(p.Mobile))
            {
                yield return Block(field + ".mobile", "本省不接受虚拟运营商号段的手机号码", "请填写三大运营商的手机号码。", "REJ-PHONE-PROBLEM");
            }
        }
    }
}

/// <summary>R-PRIN-05, R-CHG-12: one person who is both subject and website principal has the same data in both places.</summary>
public sealed class OnePersonInTwoRolesMustHaveTheSameData : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-05", "R-CHG-12"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Subject.Principal is not { } subject)
        {
            yield break;
        }

        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (context.Websites[i].Principal is { } p && p.CertificateNumber == subject.CertificateNumber
                && (p.Name != subject.Name || p.Mobile != subject.Mobile || p.Email != subject.Email))
            {
                yield return Block($"websites[{i}].principal", "主体负责人与网站负责人为同一人，信息须一致", "请使用「同主体负责人」复制主体负责人的信息。");
            }
        }
    }
}

/// <summary>
/// R-PRIN-07: a website principal is not website principal under another subject; the remedy depends on whether the
/// province lets another person be authorised instead (R-PROV-CFG-03).
/// </summary>
public sealed class WebsitePrincipalMustNotServeAnotherSubject : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-07"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.Websites.Count; i++)
        {
            if (context.Websites[i].Principal is { } p && context.Conflicts.PrincipalsUnderOtherSubjects.Contains(p.CertificateNumber))
            {
                yield return Warn($"websites[{i}].principal.certificateNumber", "网站负责人证件号码重复", context.Province.OtherPersonAsWebsitePrincipal ? "该负责人已是其他主体的网站负责人，请授权其他人担任，或先变更另一备案。" : "请先变更另一备案的网站负责人。", "REJ-SITE-PRINCIPAL-DUPLICATE");
            }
        }
    }
}

/// <summary>R-PRIN-08: a principal's ID, as the identity database knows it, is valid for at least three more months.</summary>
public sealed class PrincipalIdMustBeValidForThreeMonths : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-08"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, p) in context.Principals())
        {
            if (context.Identities.GetValueOrDefault(p.CertificateNumber) is { ExpiresOn: { } expires } && expires < context.Today.AddMonths(3))
            {
                yield return Block(field + ".certificateNumber", expires < context.Today ? "负责人身份证件已过有效期" : "负责人身份证件有效期不足3个月", "请更换为有效期3个月以上的证件后再提交。", "REJ-CERT-INVALID");
            }
        }
    }
}

/// <summary>
/// R-FACE-02: the name entered for a principal is exactly the name the identity database holds for that ID number; a
/// mismatch means a typo in one of the two.
/// </summary>
public sealed class PrincipalNameMustMatchTheIdentityRecord : Rule
{
    public override IReadOnlyList<string> Ids => ["R-FACE-02"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, p) in context.Principals())
        {
            if (context.Identities.GetValueOrDefault(p.CertificateNumber) is { } record && record.Name != p.Name.Trim())
            {
                yield return Block(field + ".name", "请检查姓名和证件号是否正确", "姓名须与身份证件上的完全一致（含生僻字、少数民族姓名中的间隔号）。");
            }
        }
    }
}

/// <summary>R-PRIN-09: principals who are not mainland residents, per province (R-PROV-CFG-22).</summary>
public sealed class NonResidentPrincipalsOnlyWhereAllowed : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-09"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Province.NonResidentPrincipalsAllowed)
        {
            yield break;
        }

        foreach (var (field, p) in context.Principals())
        {
            if (p.CertificateType != CertificateTypes.ResidentIdCard)
            {
                yield return Block(field + ".certificateType", "本省不接受非中国内地居民担任负责人", "请由持中国内地居民身份证的人员担任负责人。");
            }
        }
    }
}

/// <summary>R-PRIN-11: a mobile or certificate number already used by another subject.</summary>
public sealed class NumbersMustNotBelongToAnotherSubject : Rule
{
    public override IReadOnlyList<string> Ids => ["R-PRIN-11"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (field, p) in context.Principals())
        {
            if (context.Conflicts.NumbersUsedByOtherSubjects.Contains(p.Mobile) || context.Conflicts.NumbersUsedByOtherSubjects.Contains(p.CertificateNumber))
            {
                yield return Warn(field, "手机号码或证件号码的备案频率大于1", "该号码已用于其他备案主体，请更换负责人联系方式或先变更另一备案。", "REJ-PHONE-OR-CERT-FREQUENCY");
            }
        }
    }
}
