using System.Security.Claims;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Records;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Records;

/// <summary>
/// 备案证明 (R-MISC-04): the record page as the filing certificate — the subject and each service filed, with their
/// numbers, status and approval dates, as this provider holds them on the day it is printed. The certificate number is
/// masked: a printout travels. Asked by the subject's number or by one of its services' numbers.
/// </summary>
public sealed class RecordCertificate(ProviderDb db, PersonalDataProtector protector, IOptions<PlatformOptions> options, TimeProvider time)
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
}
