using Beian.PersonalData;

namespace Beian.Filings;

/// <summary>A person named in a filing (负责人): a subject or website principal.</summary>
/// <param name="Name">姓名.</param>
/// <param name="CertificateType">负责人证件类型, e.g. 居民身份证.</param>
/// <param name="CertificateNumber">负责人证件号码, sealed.</param>
/// <param name="Mobile">联系方式1: the mobile that is called and SMS-verified, sealed.</param>
/// <param name="EmergencyPhone">
/// 应急联系电话: a mobile, sealed. Missing only where it may be (a draft saved unfinished, a record filed before it
/// was asked for, an individual's website principal who relies on the subject's): the rule book says so (R-PRIN-04).
/// </param>
/// <param name="Email">电子邮件地址.</param>
/// <param name="Landline">座机: optional, area code and number as typed (R-PHONE-02), sealed.</param>
public sealed record Principal(
    string Name,
    string CertificateType,
    SealedText CertificateNumber,
    SealedText Mobile,
    SealedText? EmergencyPhone,
    string Email,
    SealedText? Landline = null);

/// <summary>The subject's data in an order (主办者信息).</summary>
/// <param name="ProvinceCode">The province of 主办单位所属区域; it decides the bureau.</param>
/// <param name="City">The city of the region, if chosen.</param>
/// <param name="Nature">主办单位性质.</param>
/// <param name="CertificateType">主办单位证件类型.</param>
/// <param name="CertificateNumber">主办单位证件号码, sealed.</param>
/// <param name="Name">主办单位名称 or the individual's full name.</param>
/// <param name="CertificateAddress">证件住所.</param>
/// <param name="MailingAddress">通信地址.</param>
/// <param name="Principal">主体负责人.</param>
public sealed record SubjectDraft(
    string ProvinceCode,
    string? City,
    SubjectNature Nature,
    string CertificateType,
    SealedText CertificateNumber,
    string Name,
    string CertificateAddress,
    string MailingAddress,
    Principal? Principal);

/// <summary>
/// One Internet information service of an order (互联网信息服务): a website (网站信息), or an app, mini-program or quick
/// app (<paramref name="Type"/>, <paramref name="App"/>). Every service type takes the same principal, service code,
/// review, SMS and bureau steps and one number sequence under the subject (R-APP-04, R-APP-34), so one shape serves them.
/// </summary>
/// <param name="Name">网站名称, or the APP/小程序/快应用 name.</param>
/// <param name="Domains">
/// 域名: lower-case ASCII (punycode) names, the first is the home page's; for an app its back-end domains (the union
/// of its platforms', R-APP-27); none for a mini-program or quick app.
/// </param>
/// <param name="ServiceCode">备案服务码 bound to the website.</param>
/// <param name="ContentCategory">网站内容: 综合门户, 单位门户 or 其他.</param>
/// <param name="Language">网站语言.</param>
/// <param name="Principal">网站负责人.</param>
/// <param name="Remarks">备注.</param>
/// <param name="IcpNumber">网站备案号 of the filed website a change or cancellation concerns; null for a new website.</param>
/// <param name="Access">接入信息: the instance and IP the service code verified (R-WEB-04); never typed by the applicant.</param>
/// <param name="CommercialLicence">经营许可证编号 of a commercial (经营性) website; null for a non-commercial one.</param>
/// <param name="Type">The service type; a website unless said otherwise.</param>
/// <param name="App">What an app, mini-program or quick app carries beyond a website's fields; null for a website.</param>
public sealed record WebsiteDraft(
    string Name,
    IReadOnlyList<string> Domains,
    string? ServiceCode,
    string ContentCategory,
    string Language,
    Principal? Principal,
    string? Remarks,
    string? IcpNumber = null,
    WebsiteAccess? Access = null,
    string? CommercialLicence = null,
    ServiceType Type = ServiceType.Website,
    AppDetails? App = null);

/// <summary>接入信息: where a website is hosted, as product verification found it (R-WEB-01, R-WEB-04).</summary>
/// <param name="InstanceId">The cloud instance behind the service code.</param>
/// <param name="Ip">The instance's public IP address, reported to the bureau.</param>
public sealed record WebsiteAccess(string InstanceId, string Ip);

/// <summary>Everything the applicant enters in the wizard; kept with the order between visits.</summary>
public sealed partial record FilingDraft(SubjectDraft Subject, IReadOnlyList<WebsiteDraft> Websites)
{
    /// <summary>The principal a role names — subject.principal or websites[i].principal — or null when there is none.</summary>
    public Principal? PrincipalAt(string role)
    {
        if (role == "subject.principal")
        {
            return Subject.Principal;
        }

        var match = WebsitePrincipal().Match(role);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < Websites.Count
            ? Websites[index].Principal
            : null;
    }

    /// <summary>Every domain of the draft, each once.</summary>
    public IReadOnlyList<string> Domains => [.. Websites.SelectMany(w => w.Domains).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The back-end domains only apps of this draft use: the same subject's website may hold them already (R-APP-30),
    /// so the basic check does not count the subject's own record of them against the app.
    /// </summary>
    public IReadOnlySet<string> AppOnlyDomains =>
        Websites.Where(w => w.Type.IsApplication()).SelectMany(w => w.Domains)
            .Except(Websites.Where(w => w.Type == ServiceType.Website).SelectMany(w => w.Domains), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^websites\[(\d{1,2})\]\.principal$")]
    private static partial System.Text.RegularExpressions.Regex WebsitePrincipal();
}
