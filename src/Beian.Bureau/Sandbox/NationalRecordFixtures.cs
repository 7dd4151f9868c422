using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Domains;
using Beian.Filings;
using Beian.Identity;
using Beian.Numbers;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Reference;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Bureau.Sandbox;

/// <summary>
/// Loads subjects and their websites, apps, mini-programs and quick apps into the simulated national record, as if filed
/// earlier — through another provider by default — so that access, new-service and conflict cases can be tried.
/// Numbers may be given (old 8-digit ones and former abbreviations are accepted, as on import) or are issued.
/// </summary>
public static class NationalRecordFixtures
{
    /// <summary>A service of a fixture: a website unless <paramref name="Type"/> says otherwise, with its app data.</summary>
    public sealed record WebsiteFixture(string Name, IReadOnlyList<string> Domains, string? IcpNumber, IReadOnlyList<string>? Providers, ServiceType? Type = null, AppDetails? App = null);

    public sealed record SubjectFixture(
        string ProvinceCode,
        string Name,
        SubjectNature Nature,
        string CertificateType,
        string CertificateNumber,
        string? IcpNumber,
        IReadOnlyList<WebsiteFixture>? Websites);

    public sealed record Request(IReadOnlyList<SubjectFixture>? Subjects);

    public sealed record Loaded(string SubjectIcpNumber, IReadOnlyList<string> WebsiteIcpNumbers);

    public static async Task<Results<Ok<List<Loaded>>, ProblemHttpResult>> LoadAsync(
        Request body, BureauDb db, NumberAllocator numbers, BureauOutbound stream, PersonalDataProtector protector, TimeProvider time, CancellationToken ct)
    {
        var loaded = new List<Loaded>();
        var now = time.GetUtcNow();
        var subjects = body?.Subjects ?? [];
        if (subjects.GroupBy(f => ResidentIdNumber.WithEighteenDigits(f.CertificateNumber ?? string.Empty).ToUpperInvariant()).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Problems.Invalid("fixture.repeated", $"证件号码重复：{twice.Key}");
        }

        if (subjects.SelectMany(f => f.Websites ?? []).SelectMany(w => w.Domains ?? []).GroupBy(d => d.Trim().ToLowerInvariant()).FirstOrDefault(g => g.Count() > 1) is { } domainTwice)
        {
            return Problems.Invalid("fixture.repeated", $"域名重复：{domainTwice.Key}");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var f in body?.Subjects ?? [])
        {
            var province = Provinces.FindByCode(f.ProvinceCode);
            if (province is null)
            {
                return Problems.Invalid("fixture.province_unknown", $"未知的省份代码：{f.ProvinceCode}");
            }

            IcpNumber? given = null;
            if (f.IcpNumber is not null && !IcpNumber.TryParse(f.IcpNumber, out given, onImport: true))
            {
                return Problems.Invalid("fixture.number_invalid", $"备案号格式不正确：{f.IcpNumber}");
            }

            var subjectNumber = given ?? await numbers.NextSubjectNumberAsync(province, now, ct);
            var subject = new NationalSubject
            {
                Id = Guid.CreateVersion7(now),
                IcpNumber = subjectNumber.ToString(),
                ProvinceCode = province.Code,
                Name = f.Name,
                Nature = f.Nature,
                CertificateType = f.CertificateType,
                // A 15-digit ID number of the first generation is kept in its 18-digit form, which later checks use.
                CertificateNumber = protector.Seal(ResidentIdNumber.WithEighteenDigits(f.CertificateNumber), PersonalDataKind.CertificateNumber),
                ApprovedAt = now,
            };
            var sites = f.Websites ?? [];
            subject.NextWebsiteSequence = sites.Count + 1;
            var websiteNumbers = new List<string>();
            for (var i = 0; i < sites.Count; i++)
            {
                var type = sites[i].Type ?? ServiceType.Website;
                var domains = (sites[i].Domains ?? []).Select(d => DomainName.TryNormalise(d, out var n) ? n : null).ToList();
                if ((domains.Count == 0 && !type.RunsOnAHostPlatform()) || domains.Any(d => d is null))
                {
                    return Problems.Invalid("fixture.domain_invalid", $"{type.ChineseName()}「{sites[i].Name}」的域名格式不正确。");
                }

                var number = sites[i].IcpNumber ?? subjectNumber.ForService(i + 1, type).ToString();
                websiteNumbers.Add(number);
                subject.Websites.Add(new NationalWebsite
                {
                    Id = Guid.CreateVersion7(now),
                    IcpNumber = number,
                    Name = sites[i].Name,
                    Type = type,
                    App = type.IsApplication() ? sites[i].App ?? AppDetails.None : null,
                    Features = NationalAppFeature.Of(sites[i].App),
                    Homepage = type == ServiceType.Website ? "http://" + domains[0] : string.Empty,
                    ApprovedAt = now,
                    Providers = [.. sites[i].Providers ?? ["other-provider"]],
                    Domains = [.. domains.Select(d => new NationalDomain { Domain = d! })],
                });
            }

            db.Subjects.Add(subject);
            stream.RecordChanged("subject-loaded", subject.IcpNumber);
            loaded.Add(new Loaded(subject.IcpNumber, websiteNumbers));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(loaded);
    }
}
