using Beian.Filings;
using Beian.PersonalData;

namespace Beian.Bureau;

/// <summary>A principal as the bureau operator reads it: names in full, numbers masked.</summary>
public sealed record PrincipalDetail(string Name, string CertificateType, string CertificateNumber, string Mobile, string? EmergencyPhone, string Email);

/// <summary>A service of an application as the bureau reviews it.</summary>
public sealed record ServiceDetail(
    string Name, ServiceType Type, string TypeName, IReadOnlyList<string> Domains, string ContentCategory, string Language,
    string? AccessIp, string? IcpNumber, PrincipalDetail? Principal, IReadOnlyList<string> Platforms, IReadOnlyList<string> ContentTypes, IReadOnlyList<string> PreApprovals);

/// <summary>
/// The whole application the bureau decides on (申请详情): the subject, its principal, every service with its domains,
/// access and principal, the SMS check, the reasons of an earlier rejection — so that the decision is not made from a
/// domain alone. Personal numbers are masked.
/// </summary>
public sealed record ApplicationDetail(
    ApplicationView Summary,
    string? TargetIcpNumber,
    string SubjectNature,
    string SubjectCertificateType,
    string SubjectCertificateNumber,
    string? City,
    string CertificateAddress,
    string MailingAddress,
    PrincipalDetail? SubjectPrincipal,
    IReadOnlyList<ServiceDetail> Services,
    IReadOnlyList<string> Rejections,
    string? DecidedBy,
    DateTimeOffset? DecidedAt)
{
    public static ApplicationDetail Of(ApplicationView summary, Model.BureauApplication application, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(protector);
        var data = application.Data;
        PrincipalDetail? Person(Principal? p) => p is null ? null : new(
            p.Name, p.CertificateType, Masking.CertificateNumber(protector.Unseal(p.CertificateNumber)), Masking.Phone(protector.Unseal(p.Mobile)),
            p.EmergencyPhone is null ? null : Masking.Phone(protector.Unseal(p.EmergencyPhone)), Masking.Email(p.Email));
        return new ApplicationDetail(
            summary,
            application.TargetIcpNumber,
            data.Subject.Nature.ChineseName(),
            data.Subject.CertificateType,
            Masking.CertificateNumber(protector.Unseal(data.Subject.CertificateNumber)),
            data.Subject.City,
            data.Subject.CertificateAddress,
            data.Subject.MailingAddress,
            Person(data.Subject.Principal),
            [.. data.Websites.Select(w => new ServiceDetail(
                w.Name, w.Type, w.Type.ChineseName(), w.Domains, w.ContentCategory, w.Language, w.Access?.Ip, w.IcpNumber, Person(w.Principal),
                [.. w.App?.Platforms.Select(p => $"{Rules.AnAppNamesItsPlatformsOrItsHost.PlatformName(p.Kind)} {p.PackageName}".Trim()) ?? []], w.App?.ContentTypes ?? [], w.App?.PreApprovals ?? []))],
            [.. application.Rejections.Select(r => (Reference.RejectionCatalog.Find(r.Code)?.Title ?? r.Code) + (r.Remark is null ? string.Empty : "：" + r.Remark))],
            application.DecidedBy,
            application.DecidedAt);
    }
}
