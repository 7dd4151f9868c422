using Beian.Domains;
using Beian.Filings;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Reference;
using Beian.Rules;
using Beian.Time;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Turns what the applicant typed into a sealed draft, and a sealed draft into what a response may show. Clear personal
/// data never outlives the request.
/// </summary>
public sealed partial class DraftMapper(PersonalDataProtector protector, ReferenceTablesInUse tables, TimeProvider time)
{
    /// <summary>The holiday calendar the views' working-day dates are counted on.</summary>
    public Beian.Reference.HolidayCalendar Calendar => tables.Calendar;

    public const string IdentityCard = "居民身份证";

    /// <summary>Seals a draft. Only shape is checked here (required, well-formed); the rule book judges the content.</summary>
    public (FilingDraft? Draft, IReadOnlyList<FieldError> Errors) ToDraft(DraftInput input, bool requireComplete)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var s = input.Subject;
        if (s is null)
        {
            return (null, [new FieldError("subject", "请填写主办者信息。")]);
        }

        if (Provinces.FindByCode(s.ProvinceCode) is null)
        {
            errors.Add(new FieldError("subject.provinceCode", "请选择主办单位所属区域（省份）。"));
        }

        Require(errors, "subject.name", s.Name, "请填写主办单位名称或主办人姓名。");
        Require(errors, "subject.certificateType", s.CertificateType, "请选择证件类型。");
        var certificate = Certificate(errors, "subject.certificateNumber", s.CertificateType, s.CertificateNumber);
        Require(errors, "subject.certificateAddress", s.CertificateAddress, "请填写证件住所。");
        var subjectPrincipal = Principal(errors, "subject.principal", s.Principal, requireComplete);
        var websites = new List<WebsiteDraft>();
        var inputs = input.Websites ?? [];
        if (inputs.Count == 0)
        {
            errors.Add(new FieldError("websites", "请至少填写一个网站。"));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var w = inputs[i];
            var field = $"websites[{i}]";
            var type = w.Type ?? ServiceType.Website;
            if (!ServiceTypes.All.Contains(type))
            {
                errors.Add(new FieldError(field + ".type", "服务类型须为网站、APP、小程序或快应用。"));
                continue;
            }

            if (requireComplete)
            {
                Require(errors, field + ".name", w.Name, $"请填写{type.ChineseName()}名称。");
                if (!type.RunsOnAHostPlatform())
                {
                    Require(errors, field + ".serviceCode", w.ServiceCode, $"请为{type.ChineseName()}绑定备案服务码。");
                }
            }

            // A website just added may be saved before its domains are known; submission asks for one (R-WEB-01).
            // An app's back-end domains are those named for it and for each of its platforms (R-APP-18, R-APP-27); a
            // mini-program or quick app files none (R-APP-02).
            var app = type.IsApplication() ? App(errors, field + ".app", w.App) : null;
            if (type.RunsOnAHostPlatform() && w.Domains is { Count: > 0 })
            {
                errors.Add(new FieldError(field + ".domains", $"{type.ChineseName()}无需填写域名，请删除。", "R-APP-02"));
            }

            var domains = app is null ? Domains(errors, field + ".domains", w.Domains)
                : [.. Domains(errors, field + ".domains", type.RunsOnAHostPlatform() ? [] : w.Domains).Union(app.Domains, StringComparer.Ordinal)];

            websites.Add(new WebsiteDraft(
                w.Name?.Trim() ?? string.Empty,
                domains,
                w.ServiceCode?.Trim().ToLowerInvariant(),
                w.ContentCategory ?? "其他",
                w.Language ?? (type.IsApplication() ? string.Empty : "中文简体"), // an app names its language (R-APP-33)
                Principal(errors, field + ".principal", w.Principal, requireComplete),
                w.Remarks,
                CommercialLicence: string.IsNullOrWhiteSpace(w.CommercialLicence) ? null : w.CommercialLicence.Trim(),
                Type: type,
                App: app));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var subject = new SubjectDraft(
            s.ProvinceCode!,
            s.City,
            s.Nature,
            s.CertificateType!.Trim(),
            protector.Seal(certificate!, PersonalDataKind.CertificateNumber),
            s.Name!.Trim(),
            s.CertificateAddress!.Trim(),
            (s.MailingAddress ?? s.CertificateAddress)!.Trim(),
            subjectPrincipal);
        return (new FilingDraft(subject, websites), errors);
    }

    public DraftView ToView(FilingDraft draft, IReadOnlyList<string> websiteNumbers, bool reveal)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var s = draft.Subject;
        return new DraftView(
            new SubjectView(s.ProvinceCode, s.City, s.Nature, s.CertificateType, Show(s.CertificateNumber, reveal), s.Name, s.CertificateAddress, s.MailingAddress, ToView(s.Principal, reveal)),
            [.. draft.Websites.Select((w, i) => new WebsiteView(
                w.Name,
                w.Domains,
                w.ServiceCode,
                w.ContentCategory,
                w.Language,
                ToView(w.Principal, reveal),
                w.Remarks,
                w.IcpNumber ?? (i < websiteNumbers.Count ? websiteNumbers[i] : null),
                w.Access,
                w.CommercialLicence,
                w.Type,
                w.App))]);
    }

    /// <summary>Domains as typed, normalised; a public suffix or a malformed name is refused where it was typed.</summary>
    private static List<string> Domains(List<FieldError> errors, string field, IReadOnlyList<string>? typed)
    {
        var domains = new List<string>();
        typed ??= [];
        for (var d = 0; d < typed.Count; d++)
        {
            if (DomainName.TryNormalise(typed[d], out var domain) && PublicSuffixList.RegistrableDomain(domain) is null)
            {
                // com.cn, gov.cn …: suffixes under which names are registered, never a name anyone holds.
                errors.Add(new FieldError($"{field}[{d}]", $"「{typed[d]}」是公共后缀，不是可以备案的域名，请填写完整的域名，例如 example.com.cn。"));
            }
            else if (domain is not null)
            {
                domains.Add(domain);
            }
            else
            {
                errors.Add(new FieldError($"{field}[{d}]", $"域名「{typed[d]}」格式不正确，请填写不带 http:// 的域名，例如 example.cn。"));
            }
        }

        return [.. domains.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// An app's data as typed: trimmed, fingerprints normalised (R-APP-22), domains normalised per platform. Whether the
    /// values are right is the rule book's to say.
    /// </summary>
    private static AppDetails App(List<FieldError> errors, string field, AppInput? input)
    {
        var typed = input?.Platforms ?? [];
        for (var i = 0; i < typed.Count; i++)
        {
            if (!Enum.IsDefined(typed[i].Kind))
            {
                errors.Add(new FieldError($"{field}.platforms[{i}].kind", "运行平台须为安卓、iOS、鸿蒙或其他。", "R-APP-18"));
            }
        }

        var platforms = typed.Select((p, i) => new AppPlatform(
            p.Kind,
            Trimmed(p.PackageName),
            Trimmed(p.PublicKey),
            Rules.FingerprintsAreHexOfTheirPlatformsLength.Normalise(p.Fingerprint),
            Domains(errors, $"{field}.platforms[{i}].domains", p.Domains),
            Trimmed(p.OtherName))).ToList();
        return new AppDetails(
            platforms,
            Trimmed(input?.HostPlatform),
            Trimmed(input?.HostAppId),
            List(input?.ContentTypes),
            List(input?.PreApprovals),
            List(input?.Sdks));

        static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        static List<string> List(IReadOnlyList<string>? values) => [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
    }

    private PrincipalView? ToView(Principal? p, bool reveal) => p is null
        ? null
        : new PrincipalView(p.Name, p.CertificateType, Show(p.CertificateNumber, reveal), ShowPhone(p.Mobile, reveal)!, ShowPhone(p.EmergencyPhone, reveal), p.Email, ShowPhone(p.Landline, reveal));

    private string Show(SealedText value, bool reveal) => reveal ? protector.Unseal(value) : value.Masked;

    /// <summary>Phones are stored in E.164 and shown in the national form (13800138000, 0571-88888888).</summary>
    private string? ShowPhone(SealedText? value, bool reveal) =>
        value is null ? null : reveal ? MainlandPhone.National(protector.Unseal(value)) : value.Masked;

    private Principal? Principal(List<FieldError> errors, string field, PrincipalInput? p, bool requireComplete)
    {
        if (p is null)
        {
            if (requireComplete)
            {
                errors.Add(new FieldError(field, "请填写负责人信息。"));
            }

            return null;
        }

        Require(errors, field + ".name", p.Name, "请填写负责人姓名。");
        var certificate = Certificate(errors, field + ".certificateNumber", p.CertificateType ?? IdentityCard, p.CertificateNumber);
        var mobile = Mobile(errors, field + ".mobile", p.Mobile);

        // The emergency phone may be missing in a draft (the rule book says so at the check, R-PRIN-04); one that is
        // there but no mobile is refused now, with the spec's words.
        var emergency = string.IsNullOrWhiteSpace(p.EmergencyPhone) ? null : MainlandPhone.IsMobile(p.EmergencyPhone) ? p.EmergencyPhone : null;
        if (!string.IsNullOrWhiteSpace(p.EmergencyPhone) && emergency is null)
        {
            errors.Add(new FieldError(field + ".emergencyPhone", Rules.PrincipalPhonesMustBeMainlandMobiles.EmergencyPhoneMessage, "R-PRIN-04"));
        }

        if (!string.IsNullOrWhiteSpace(p.Landline) && !MainlandPhone.IsLandlineAsAreaCodeAndNumber(p.Landline.Trim()))
        {
            errors.Add(new FieldError(field + ".landline", "座机号码格式不正确：请按“区号-号码”填写，区号3至4位、号码7至8位，例如010-88881234。", "R-PHONE-02"));
        }

        Require(errors, field + ".email", p.Email, "请填写负责人的电子邮箱。");
        if (!string.IsNullOrWhiteSpace(p.Email) && !MailboxShape().IsMatch(p.Email.Trim()))
        {
            errors.Add(new FieldError(field + ".email", "电子邮箱格式不正确，请填写完整的邮箱地址，例如 name@example.com。"));
        }

        if (certificate is null || mobile is null || string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.Email) || !MailboxShape().IsMatch(p.Email.Trim()))
        {
            return null;
        }

        return new Principal(
            p.Name.Trim(),
            (p.CertificateType ?? IdentityCard).Trim(),
            protector.Seal(certificate, PersonalDataKind.CertificateNumber),
            protector.Seal(mobile, PersonalDataKind.Phone),
            emergency is null ? null : protector.Seal(emergency, PersonalDataKind.Phone),
            p.Email.Trim(),
            string.IsNullOrWhiteSpace(p.Landline) ? null : protector.Seal(p.Landline.Trim(), PersonalDataKind.Landline));
    }

    private string? Certificate(List<FieldError> errors, string field, string? type, string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            errors.Add(new FieldError(field, "请填写证件号码。"));
            return null;
        }

        if (type?.Trim() == IdentityCard)
        {
            if (!ResidentIdNumber.TryParse(number, BeijingTime.Today(time), out var id, out _))
            {
                errors.Add(new FieldError(field, "身份证号码不正确，请核对后重新填写。"));
                return null;
            }

            return id.Value;
        }

        return PersonalDataProtector.Normalise(number, PersonalDataKind.CertificateNumber);
    }

    /// <summary>R-PHONE-01: Contact 1 is a mainland mobile, however it is typed (+86 138…, 138 0013 8000).</summary>
    private static string? Mobile(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "请填写负责人的手机号码（联系方式1）。", "R-PHONE-01"));
            return null;
        }

        if (!MainlandPhone.IsMobile(value))
        {
            errors.Add(new FieldError(field, "手机号码格式不正确，请填写11位中国内地手机号码。", "R-PHONE-01"));
            return null;
        }

        return value;
    }

    private static void Require(List<FieldError> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, message));
        }
    }

    /// <summary>A mailbox that can receive the commitment-video script: a local part, @, and a domain with a top-level label.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^@\s]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")]
    private static partial System.Text.RegularExpressions.Regex MailboxShape();
}
