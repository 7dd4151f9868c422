using System.Globalization;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Web.Data;
using Beian.Web.Features.Bureau;
using Beian.Web.Features.Records;
using Beian.Web.Integrations.Bureau;
using Beian.Web.Integrations.Dns;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// Sandbox only, for bench/compliance.sh: synthetic records served here — each a subject with one website and one
/// domain (insp-N.cn), in the national record and the provider's copy, the domain resolving to 127.0.0.1 in the
/// simulated DNS — so that the script can time the inspection and the footer check.
/// </summary>
public static class ComplianceBenchData
{
    public sealed record SeedRequest(int Count);

    public static async Task<Ok<int>> SeedAsync(SeedRequest body, ProviderDb provider, BureauDb bureau, PersonalDataProtector protector, IOptions<BureauOptions> options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Individuals with a valid ID number the registries do not know: a clean record, so the bench times the reading.
        var certificate = protector.Seal("11010519491231002X", PersonalDataKind.CertificateNumber);
        for (var start = 0; start < body.Count; start += 1000)
        {
            for (var i = start; i < Math.Min(body.Count, start + 1000); i++)
            {
                var number = "京ICP备2027" + i.ToString("D6", CultureInfo.InvariantCulture) + "号";
                var domain = "insp-" + i.ToString(CultureInfo.InvariantCulture) + ".cn";
                bureau.Subjects.Add(new NationalSubject
                {
                    Id = Guid.CreateVersion7(now),
                    IcpNumber = number,
                    ProvinceCode = "11",
                    Name = "压测主体" + i.ToString(CultureInfo.InvariantCulture),
                    Nature = SubjectNature.Individual,
                    CertificateType = "居民身份证",
                    CertificateNumber = certificate,
                    ApprovedAt = now,
                    NextWebsiteSequence = 2,
                    Websites = [new NationalWebsite { Id = Guid.CreateVersion7(now), IcpNumber = number + "-1", Name = "压测网站", Homepage = "http://" + domain, ApprovedAt = now, Providers = [options.Value.ProviderId], Domains = [new NationalDomain { Domain = domain }] }],
                });
                bureau.DnsRecords.Add(new DnsRecordEntry { Name = domain, Addresses = ["127.0.0.1"] });
                var subjectId = Guid.CreateVersion7(now);
                provider.RecordSubjects.Add(new RecordSubject
                {
                    Id = subjectId,
                    IcpNumber = number,
                    AccountId = Guid.Empty,
                    ProvinceCode = "11",
                    Name = "压测主体" + i.ToString(CultureInfo.InvariantCulture),
                    Nature = SubjectNature.Individual,
                    CertificateType = "居民身份证",
                    CertificateNumber = certificate,
                    UpdatedAt = now,
                    Websites = [new RecordWebsite { Id = Guid.CreateVersion7(now), SubjectId = subjectId, IcpNumber = number + "-1", Name = "压测网站", ApprovedAt = now, Domains = [new RecordDomain { Domain = domain }] }],
                });
            }

            await bureau.SaveChangesAsync(ct);
            await provider.SaveChangesAsync(ct);
            bureau.ChangeTracker.Clear();
            provider.ChangeTracker.Clear();
        }

        return TypedResults.Ok(body.Count);
    }
}
