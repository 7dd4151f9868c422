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

/// <summary>A website as the applicant types it (网站信息).</summary>
public sealed record WebsiteInput(
    string? Name,
    IReadOnlyList<string>? Domains,
    string? ServiceCode,
    string? ContentCategory,
    string? Language,
    PrincipalInput? Principal,
    string? Remarks,
    string? CommercialLicence = null);

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
    string? CommercialLicence = null);

public sealed record DraftView(SubjectView Subject, IReadOnlyList<WebsiteView> Websites);
