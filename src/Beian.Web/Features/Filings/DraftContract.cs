using System.Text.Json.Serialization;
using Beian.Filings;

namespace Beian.Web.Features.Filings;

/// <summary>A principal as the applicant types it.</summary>
public sealed record PrincipalInput(
    string? Name,
    string? CertificateType,
    string? CertificateNumber,
    string? Mobile,
    string? EmergencyPhone,
    string? Email,
    string? Landline = null);

/// <summary>The subject as the applicant types it (主办者信息).</summary>
public sealed record SubjectInput(
    string? ProvinceCode,
    string? City,
    [property: JsonRequired] SubjectNature Nature,
    string? CertificateType,
    string? CertificateNumber,
    string? Name,
    string? CertificateAddress,
    string? MailingAddress,
    PrincipalInput? Principal);

/// <summary>
/// A service as the applicant types it: a website (网站信息), or with <paramref name="Type"/> and <paramref name="App"/>
/// an app, mini-program or quick app. An app's domains are its platforms' back-end domains.
/// </summary>
public sealed record WebsiteInput(
    string? Name,
    IReadOnlyList<string>? Domains,
    string? ServiceCode,
    string? ContentCategory,
    string? Language,
    PrincipalInput? Principal,
    string? Remarks,
    string? CommercialLicence = null,
    ServiceType? Type = null,
    AppInput? App = null);

/// <summary>An app platform as typed (运行平台 and 特征信息).</summary>
public sealed record AppPlatformInput(
    [property: JsonRequired] AppPlatformKind Kind,
    string? PackageName,
    string? PublicKey,
    string? Fingerprint,
    IReadOnlyList<string>? Domains,
    string? OtherName = null);

/// <summary>What an app, mini-program or quick app adds to a service as typed.</summary>
public sealed record AppInput(
    IReadOnlyList<AppPlatformInput>? Platforms,
    string? HostPlatform,
    string? HostAppId,
    IReadOnlyList<string>? ContentTypes,
    IReadOnlyList<string>? PreApprovals,
    IReadOnlyList<string>? Sdks);

/// <summary>The whole draft as the applicant sends it.</summary>
public sealed record DraftInput(SubjectInput? Subject, IReadOnlyList<WebsiteInput>? Websites);

/// <summary>A principal as responses show it: personal data masked, unless its owner is editing the draft.</summary>
public sealed record PrincipalView(string Name, string CertificateType, string CertificateNumber, string Mobile, string? EmergencyPhone, string Email, string? Landline = null);

public sealed record SubjectView(
    string ProvinceCode,
    string? City,
    [property: JsonRequired] SubjectNature Nature,
    string CertificateType,
    string CertificateNumber,
    string Name,
    string CertificateAddress,
    string MailingAddress,
    PrincipalView? Principal);

public sealed record WebsiteView(
    string Name,
    IReadOnlyList<string> Domains,
    string? ServiceCode,
    string ContentCategory,
    string Language,
    PrincipalView? Principal,
    string? Remarks,
    string? IcpNumber,
    WebsiteAccess? Access = null,
    string? CommercialLicence = null,
    ServiceType Type = ServiceType.Website,
    AppDetails? App = null);

public sealed record DraftView(SubjectView Subject, IReadOnlyList<WebsiteView> Websites);
