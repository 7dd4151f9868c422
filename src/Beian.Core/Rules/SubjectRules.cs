using System.Text.RegularExpressions;
using Beian.Filings;
using Beian.Identity;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>
/// R-SUBJ-03: an organisation's certificate number is a well-formed unified social credit code that the business
/// registry knows. Its form is judged by itself: a wrong length or a character outside the code's alphabet (I, O, S, V
/// and Z are never used, nor are dashes) is refused whatever the registry says. The registry softens only what it can
/// vouch for: a code it knows whose check character fails (some early real codes do) is left to the reviewer.
/// </summary>
public sealed class OrganisationCertificateMustMatchTheBusinessRegistry : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-03"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        if (!s.Nature.IsOrganisation() || s.CertificateType != CertificateTypes.BusinessLicence)
        {
            yield break;
        }

        const string field = "subject.certificateNumber";
        _ = UnifiedSocialCreditCode.TryParse(s.CertificateNumber, out _, out var problem);
        if (problem == CreditCodeProblem.Format)
        {
            yield return Block(field, $"统一社会信用代码格式不正确：{FormDefect(s.CertificateNumber)}", "统一社会信用代码为18位，由数字和大写字母组成（不含I、O、S、V、Z），请按营业执照填写。");
        }
        else if (problem == CreditCodeProblem.CheckCharacter)
        {
            yield return context.Business is null
                ? Block(field, "统一社会信用代码校验位不正确（第18位）", "请按营业执照逐位核对。")
                : Warn(field, "统一社会信用代码校验位不正确，但工商信息库中存在该代码", "审核员须核对营业执照原件并记录确认原因。");
        }

        if (context.Business is null)
        {
            yield return Block(field, "主办单位证件号码与工商信息不一致", "工商信息库中没有该统一社会信用代码，请按营业执照填写。");
        }
    }

    /// <summary>What is wrong with the form of a code, in words: its length, or its first character that no code has.</summary>
    public static string FormDefect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim().ToUpperInvariant();
        if (value.FirstOrDefault(c => !UnifiedSocialCreditCode.Alphabet.Contains(c, StringComparison.Ordinal)) is var bad and not '\0')
        {
            return bad is 'I' or 'O' or 'S' or 'V' or 'Z'
                ? $"含有字母「{bad}」，统一社会信用代码不使用I、O、S、V、Z"
                : $"含有字符「{bad}」，只能由数字和大写字母组成";
        }

        return $"长度为{value.Length}位，应为18位";
    }
}

/// <summary>R-SUBJ-02: the organisation's name must equal the business registry's, with full-width brackets.</summary>
public sealed class OrganisationNameMustMatchTheBusinessRegistry : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-02"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        if (!s.Nature.IsOrganisation() || context.Business is not { } business)
        {
            yield break;
        }

        if (s.Name.Contains('(', StringComparison.Ordinal) || s.Name.Contains(')', StringComparison.Ordinal))
        {
            yield return Block("subject.name", "主办单位名称与工商信息不一致：括号须使用中文全角括号（）", "请将半角括号 () 改为全角括号（）。");
        }
        else if (s.Name != business.Name)
        {
            yield return Block("subject.name", "主办单位名称与工商信息不一致", $"请按营业执照填写单位全称；如工商信息有误，请先到工商部门更正。");
        }
    }
}

/// <summary>R-SUBJ-04: the address is written down to the house number (门牌号).</summary>
public sealed partial class AddressMustGoDownToTheHouseNumber : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-04"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!HouseNumber().IsMatch(context.Subject.CertificateAddress))
        {
            yield return Warn("subject.certificateAddress", "证件住所未精确到门牌号", "请按证件上的住所填写，精确到门牌号（如「××路12号」）。");
        }
    }

    [GeneratedRegex(@"\d+\s*(号|室|栋|幢|楼|单元|组|弄)")]
    private static partial Regex HouseNumber();
}

/// <summary>R-SUBJ-05: an organisation files in the province of its certificate address; no cross-province filing.</summary>
public sealed class OrganisationMustFileInTheProvinceOfItsAddress : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-05"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        if (s.Nature.IsOrganisation() && AddressProvince.Of(s.CertificateAddress) is { } province && province.Code != s.ProvinceCode)
        {
            yield return Block("subject.provinceCode", $"跨省备案：单位证件住所在{province.ShortName}，不能在其他省份备案", $"请将主办单位所属区域选为{province.Name}。", "REJ-CROSS-PROVINCE");
        }
    }
}

/// <summary>R-SUBJ-06: an individual whose ID comes from another province needs a province that accepts a residence permit (R-PROV-CFG-05).</summary>
public sealed class IndividualFromAnotherProvinceNeedsAResidencePermit : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-06"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        if (s.Nature.IsOrganisation() || s.CertificateType != CertificateTypes.ResidentIdCard || s.CertificateNumber.Length < 2 || s.CertificateNumber[..2] == s.ProvinceCode)
        {
            yield break;
        }

        yield return context.Province.ResidencePermitForOtherProvinceIndividuals
            ? Warn("subject.certificateNumber", "身份证非本省签发：需上传本省居住证", "请在上传资料时提供有效的本省居住证。", "REJ-CROSS-PROVINCE")
            : Warn("subject.certificateNumber", "跨省备案：身份证非本省签发，本省不接受外省个人备案", "请选择身份证签发地所在省份备案。", "REJ-CROSS-PROVINCE");
    }
}

/// <summary>R-SUBJ-07: where the province requires it (R-PROV-CFG-06), the certificate address lies in the province, or a proof is added.</summary>
public sealed class CertificateAddressMustBeInTheProvince : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-07"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        if (context.Province.CertificateAddressMustBeInProvince && AddressProvince.Of(s.CertificateAddress) is { } province && province.Code != s.ProvinceCode)
        {
            var here = Provinces.FindByCode(s.ProvinceCode)?.ShortName ?? s.ProvinceCode;
            yield return Warn("subject.certificateAddress", $"证件住所非\"{here}\"本省", "请上传本省居住证或地址证明材料。", "REJ-ADDRESS-NOT-IN-PROVINCE");
        }
    }
}

/// <summary>R-SUBJ-12: a blacklisted certificate number cannot file.</summary>
public sealed class SubjectMustNotBeBlacklisted : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-12"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Conflicts.CertificateBlacklisted || context.Conflicts.BlacklistedNames.Contains(context.Subject.Name))
        {
            yield return Block("subject.certificateNumber", "该主体因违法违规已被列入黑名单，不能备案", "如有异议，请向省通信管理局咨询。");
        }
    }
}

/// <summary>
/// R-SUBJ-09: an organisation filed before 三证合一 is on record under its old organisation code. Filed again with its
/// credit code it would be a second record of one subject, which the bureau rejects (REJ-MIIT-RECORD-EXISTS): the old
/// record changes to the new certificate first.
/// </summary>
public sealed class ARecordUnderTheOldCertificateChangesFirst : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-09"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Conflicts.RecordUnderOldCertificate is { } icpNumber && context.Type == FilingType.FirstFiling)
        {
            yield return Warn(
                "subject.certificateNumber",
                $"该单位已以三证合一前的旧证件备案（主体备案号{icpNumber}）",
                $"请先对{icpNumber}办理变更主体，将证件更新为统一社会信用代码，再办理本次备案。",
                "REJ-MIIT-RECORD-EXISTS");
        }
    }
}

/// <summary>The certificate types the rule book knows by name.</summary>
public static class CertificateTypes
{
    public const string ResidentIdCard = "居民身份证";
    public const string BusinessLicence = "营业执照";

    /// <summary>The documents a person holds; any other certificate is an organisation's.</summary>
    public static readonly IReadOnlySet<string> Personal = new HashSet<string>
    {
        ResidentIdCard, "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "港澳台居民居住证",
    };
}

/// <summary>
/// R-SUBJ-01: the nature and the certificate go together — a person's document makes an individual filing, an
/// organisation's certificate an organisation filing.
/// </summary>
public sealed class TheNatureMatchesTheCertificate : Rule
{
    public override IReadOnlyList<string> Ids => ["R-SUBJ-01"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var s = context.Subject;
        var personal = CertificateTypes.Personal.Contains(s.CertificateType);
        if (s.Nature == SubjectNature.Individual && !personal)
        {
            yield return Block("subject.certificateType", $"个人备案须使用个人身份证件，不能使用{s.CertificateType}", "以单位名义开办网站的，请选择相应的单位性质；以个人名义的，请使用本人身份证件。");
        }
        else if (s.Nature.IsOrganisation() && personal)
        {
            yield return Block("subject.certificateType", $"单位备案须使用单位证件，不能使用{s.CertificateType}", "请填写营业执照等单位证件；以个人名义开办网站的，请选择个人性质。");
        }
    }
}

/// <summary>Finds the province an address names at its start (浙江省杭州市… → 浙江).</summary>
public static class AddressProvince
{
    public static Province? Of(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        return Provinces.All.FirstOrDefault(p => trimmed.StartsWith(p.Name, StringComparison.Ordinal))
            ?? Provinces.All.FirstOrDefault(p => trimmed.StartsWith(p.ShortName, StringComparison.Ordinal));
    }
}

/// <summary>
/// R-ACCT-07, R-PROV-CFG-14: the account should be real-name verified before it submits; where the bureau rejects
/// unverified accounts, the warning names that rejection.
/// </summary>
public sealed class TheAccountShouldBeRealNameVerified : Rule
{
    public override IReadOnlyList<string> Ids => ["R-ACCT-07"];

    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.AccountRealNameVerified)
        {
            yield break;
        }

        yield return context.Province.RejectsUnverifiedAccounts
            ? new Finding([.. Ids, "R-PROV-CFG-14"], Severity.Warning, "account", "您的账号尚未完成实名认证，本省管局会驳回", "请先在账号中心完成个人或企业实名认证，再提交备案。", "REJ-ACCOUNT-NOT-REALNAME")
            : Warn("account", "您的账号尚未完成实名认证", "建议先在账号中心完成个人或企业实名认证，部分管局会因此驳回。");
    }
}
