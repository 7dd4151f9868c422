using System.Security.Claims;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Records;

/// <summary>
/// 备案证明 (R-MISC-04): the record page as the filing certificate — the subject and each service filed, with their
/// numbers, status and approval dates, as this provider holds them on the day it is printed. The certificate number is
/// masked: a printout travels. Asked by the subject's number or by one of its services' numbers.
/// </summary>
public sealed class RecordCertificate(ProviderDb db, PersonalDataProtector protector, PdfDocuments pdf, IOptions<PlatformOptions> options, TimeProvider time)
{
    public sealed record ServiceLine(string IcpNumber, string TypeName, string Name, IReadOnlyList<string> Domains, string StatusName, DateTimeOffset ApprovedAt);

    public sealed record CertificateView(
        string SubjectIcpNumber, string SubjectName, string NatureName, string ProvinceCode, string CertificateType, string CertificateNumber,
        string StatusName, IReadOnlyList<ServiceLine> Services, string Provider, DateTimeOffset PrintedAt);

    public async Task<Result<CertificateView>> GetAsync(string icpNumber, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var accountId = user.Id();
        var subject = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.AccountId == accountId && (s.IcpNumber == icpNumber || s.Websites.Any(w => w.IcpNumber == icpNumber)), ct);
        if (subject is null)
        {
            return Problems.NotFound("record");
        }

        return new CertificateView(
            subject.IcpNumber, subject.Name, subject.Nature.ChineseName(), subject.ProvinceCode, subject.CertificateType,
            Masking.CertificateNumber(protector.Unseal(subject.CertificateNumber)), subject.Status.ChineseName(),
            [.. subject.Websites.OrderBy(w => w.IcpNumber.Length).ThenBy(w => w.IcpNumber, StringComparer.Ordinal)
                .Select(w => new ServiceLine(w.IcpNumber, w.Type.ChineseName(), w.Name, [.. w.Domains.Select(d => d.Domain)], w.Status.ChineseName(), w.ApprovedAt))],
            options.Value.ProviderName, time.GetUtcNow());
    }

    /// <summary>The same certificate as a generated PDF (R-MISC-04), the certificate number masked as on the page.</summary>
    public async Task<Result<PdfFile>> PdfAsync(string icpNumber, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await GetAsync(icpNumber, user, ct);
        if (!found.Succeeded)
        {
            return Result.Refused<PdfFile>(Problems.NotFound("record"));
        }

        var c = found.Value;
        using var document = pdf.Compose("ICP备案证明", c.SubjectIcpNumber);
        if (document is null)
        {
            return PdfDocuments.FontMissing();
        }

        document.Title("ICP备案证明").Field("主体备案号", c.SubjectIcpNumber).Field("主办单位名称", c.SubjectName).Field("主办单位性质", c.NatureName)
            .Field("证件", $"{c.CertificateType} {c.CertificateNumber}").Field("备案状态", c.StatusName);
        foreach (var s in c.Services)
        {
            document.Heading($"{s.TypeName}：{s.Name}").Field("服务备案号", s.IcpNumber).Field("域名", s.Domains.Count == 0 ? "无" : string.Join("、", s.Domains))
                .Field("状态", s.StatusName).Field("审核通过时间", Beian.Time.BeijingTime.Format(s.ApprovedAt));
        }

        document.Paragraph($"接入服务单位：{c.Provider}。以上信息可在工信部政务服务平台（https://beian.miit.gov.cn/）查询核实。生成时间：{Beian.Time.BeijingTime.Format(c.PrintedAt)}。");
        return new PdfFile(document.ToBytes(), $"{c.SubjectIcpNumber}-备案证明.pdf");
    }
}
