using System.Globalization;
using System.Text.Json.Serialization;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Ports;
using Beian.Records;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// Sandbox only, for bench/compliance.sh: synthetic records served here, shaped like real ones so that the bench times
/// the work a real inspection does — each a subject with a principal (ID number, mobile, emergency phone), every other
/// one an enterprise with a credit code the business registry knows, one website with its own principal and one
/// domain (insp-N.cn) held by the subject in the domain registry and resolving to 127.0.0.1 in the simulated DNS; the
/// identity database knows every principal. All of it is in order, so the inspection finds nothing and opens no case.
/// </summary>
public static class ComplianceBenchData
{
    public sealed record SeedRequest([property: JsonRequired] int Count);

    public static async Task<Ok<int>> SeedAsync(SeedRequest body, ProviderDb provider, BureauDb bureau, PersonalDataProtector protector, IOptions<BureauOptions> options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var expires = DateOnly.FromDateTime(now.UtcDateTime).AddYears(5);
        for (var start = 0; start < body.Count; start += 1000)
        {
            for (var i = start; i < Math.Min(body.Count, start + 1000); i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                var number = "京ICP备2027" + i.ToString("D6", CultureInfo.InvariantCulture) + "号";
                var domain = "insp-" + n + ".cn";
                var enterprise = i % 2 == 0;
                var name = (enterprise ? "北京压测科技有限公司" : "压测个人") + n;
                var certificateNumber = enterprise ? CreditCode(i) : IdNumber(i, 0);
                var certificate = protector.Seal(certificateNumber, PersonalDataKind.CertificateNumber);
                var subjectPrincipal = Person(protector, i, 0, "负责人" + n);
                var websitePrincipal = Person(protector, i, 1, "网站负责人" + n);
                bureau.Subjects.Add(new NationalSubject
                {
                    Id = Guid.CreateVersion7(now),
                    IcpNumber = number,
                    ProvinceCode = "11",
                    Name = name,
                    Nature = enterprise ? SubjectNature.Enterprise : SubjectNature.Individual,
                    CertificateType = enterprise ? "营业执照" : "居民身份证",
                    CertificateNumber = certificate,
                    Principal = subjectPrincipal,
                    ApprovedAt = now,
                    NextWebsiteSequence = 2,
                    Websites = [new NationalWebsite { Id = Guid.CreateVersion7(now), IcpNumber = number + "-1", Name = "压测网站", Homepage = "http://" + domain, Principal = websitePrincipal, ApprovedAt = now, Providers = [options.Value.ProviderId], Domains = [new NationalDomain { Domain = domain }] }],
                });
                bureau.DnsRecords.Add(new DnsRecordEntry { Name = domain, Addresses = ["127.0.0.1"] });
                bureau.DomainRegistry.Add(new DomainRegistryEntry { Domain = domain, HolderName = name, HolderCertificateType = enterprise ? "营业执照" : "居民身份证", HolderCertificateNumber = certificate, Registrar = "压测注册商", ExpiresOn = expires, RealNameVerifiedOn = DateOnly.FromDateTime(now.UtcDateTime), InMiitDatabase = true });
                if (enterprise)
                {
                    bureau.BusinessRegistry.Add(new BusinessRegistryEntry { CreditCode = certificateNumber, Name = name, LegalRepresentative = subjectPrincipal.Name });
                }

                foreach (var principal in new[] { subjectPrincipal, websitePrincipal })
                {
                    bureau.IdentityRegistry.Add(new IdentityRegistryEntry { NumberIndex = principal.CertificateNumber.Index, Name = principal.Name, ExpiresOn = expires });
                }

                var subjectId = Guid.CreateVersion7(now);
                provider.RecordSubjects.Add(new RecordSubject
                {
                    Id = subjectId,
                    IcpNumber = number,
                    AccountId = Guid.Empty,
                    ProvinceCode = "11",
                    Name = name,
                    Nature = enterprise ? SubjectNature.Enterprise : SubjectNature.Individual,
                    CertificateType = enterprise ? "营业执照" : "居民身份证",
                    CertificateNumber = certificate,
                    UpdatedAt = now,
                    Websites = [new RecordWebsite { Id = Guid.CreateVersion7(now), SubjectId = subjectId, IcpNumber = number + "-1", Name = "压测网站", ApprovedAt = now, Domains = [new RecordDomain { Domain = domain }] }],
                });
            }

            // One event per batch: the public query's cache (and any other follower of the record) sees the batch.
            bureau.RecordEvents.Add(new NationalRecordEvent { Kind = "bench-seeded", IcpNumber = "京ICP备2027" + start.ToString("D6", CultureInfo.InvariantCulture) + "号", At = now });
            await bureau.SaveChangesAsync(ct);
            await provider.SaveChangesAsync(ct);
            bureau.ChangeTracker.Clear();
            provider.ChangeTracker.Clear();
        }

        return TypedResults.Ok(body.Count);
    }

    private static Principal Person(PersonalDataProtector protector, int i, int role, string name) => new(
        name,
        "居民身份证",
        protector.Seal(IdNumber(i, role + 1), PersonalDataKind.CertificateNumber),
        protector.Seal("139" + ((i * 4) + (role * 2)).ToString("D8", CultureInfo.InvariantCulture), PersonalDataKind.Phone),
        protector.Seal("138" + ((i * 4) + (role * 2) + 1).ToString("D8", CultureInfo.InvariantCulture), PersonalDataKind.Phone),
        "bench" + i.ToString(CultureInfo.InvariantCulture) + "@example.cn");

    /// <summary>A valid resident ID number, distinct per record and role: Beijing, born from 1970 on, serial from i.</summary>
    private static string IdNumber(int i, int role)
    {
        var k = (i * 3) + role;
        var birth = new DateOnly(1970, 1, 1).AddDays(k / 1000);
        var first17 = "110105" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (k % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    /// <summary>A valid unified social credit code, distinct per record.</summary>
    private static string CreditCode(int i)
    {
        var first17 = "91110105" + i.ToString("D9", CultureInfo.InvariantCulture);
        return first17 + UnifiedSocialCreditCode.CheckCharacterOf(first17);
    }
}
