using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Domains;
using Beian.Identity;
using Beian.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Registries;

/// <summary>
/// Entries for the simulated registries, as JSON: loaded from the demo data file on start and through the sandbox.
/// Loading the same entry again replaces it.
/// </summary>
public sealed class RegistryFixtures(BureauDb db, PersonalDataProtector protector)
{
    public sealed record DomainFixture(string Domain, string HolderName, string HolderCertificateType, string HolderCertificateNumber, string Registrar, DateOnly ExpiresOn, string? Status, DateOnly? RealNameVerifiedOn, bool? InMiitDatabase);

    public sealed record BusinessFixture(string CreditCode, string Name, string LegalRepresentative, string? Status, string? Scope, DateOnly? LicenceExpiresOn);

    public sealed record IdentityFixture(string Number, string Name, DateOnly? ExpiresOn);

    public sealed record BlacklistFixture(string Kind, string Value);

    /// <summary>A name in the simulated public DNS and its addresses; no addresses removes the name.</summary>
    public sealed record DnsFixture(string Name, IReadOnlyList<string>? Addresses);

    public sealed record Request(IReadOnlyList<DomainFixture>? Domains, IReadOnlyList<BusinessFixture>? Businesses, IReadOnlyList<IdentityFixture>? Identities, IReadOnlyList<BlacklistFixture>? Blacklist, IReadOnlyList<DnsFixture>? Dns = null);

    public sealed record Loaded(int Domains, int Businesses, int Identities, int Blacklist, int Dns = 0);

    public async Task<(Loaded? Loaded, string? Error)> LoadAsync(Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Repeated(request) is { } repeated)
        {
            return (null, repeated);
        }

        foreach (var d in request.Domains ?? [])
        {
            if (!DomainName.TryNormalise(d.Domain, out var domain))
            {
                return (null, $"域名格式不正确：{d.Domain}");
            }

            var entry = await db.DomainRegistry.FirstOrDefaultAsync(x => x.Domain == domain, ct) ?? db.DomainRegistry.Add(new DomainRegistryEntry { Domain = domain }).Entity;
            entry.HolderName = d.HolderName;
            entry.HolderCertificateType = d.HolderCertificateType;
            // A first-generation 15-digit ID number is kept in its 18-digit form, which every later check uses.
            entry.HolderCertificateNumber = protector.Seal(ResidentIdNumber.WithEighteenDigits(d.HolderCertificateNumber), PersonalDataKind.CertificateNumber);
            entry.Registrar = d.Registrar;
            entry.ExpiresOn = d.ExpiresOn;
            entry.Status = d.Status ?? "ok";
            entry.RealNameVerifiedOn = d.RealNameVerifiedOn;
            entry.InMiitDatabase = d.InMiitDatabase ?? d.RealNameVerifiedOn is not null;
        }

        foreach (var b in request.Businesses ?? [])
        {
            var code = b.CreditCode.Trim().ToUpperInvariant();
            var entry = await db.BusinessRegistry.FirstOrDefaultAsync(x => x.CreditCode == code, ct) ?? db.BusinessRegistry.Add(new BusinessRegistryEntry { CreditCode = code }).Entity;
            entry.Name = b.Name;
            entry.LegalRepresentative = b.LegalRepresentative;
            entry.Status = b.Status ?? "存续";
            entry.Scope = b.Scope ?? string.Empty;
            entry.LicenceExpiresOn = b.LicenceExpiresOn;
        }

        foreach (var i in request.Identities ?? [])
        {
            var index = protector.IndexOf(ResidentIdNumber.WithEighteenDigits(i.Number), PersonalDataKind.CertificateNumber);
            var entry = await db.IdentityRegistry.FirstOrDefaultAsync(x => x.NumberIndex == index, ct) ?? db.IdentityRegistry.Add(new IdentityRegistryEntry { NumberIndex = index }).Entity;
            entry.Name = i.Name;
            entry.ExpiresOn = i.ExpiresOn;
        }

        foreach (var b in request.Blacklist ?? [])
        {
            var value = b.Kind switch
            {
                "certificate" => protector.IndexOf(ResidentIdNumber.WithEighteenDigits(b.Value), PersonalDataKind.CertificateNumber),
                RegistrySimulators.UnreachablePhone => protector.IndexOf(b.Value, PersonalDataKind.Phone),
                _ => b.Value,
            };
            if (!await db.Blacklist.AnyAsync(x => x.Kind == b.Kind && x.Value == value, ct))
            {
                db.Blacklist.Add(new BlacklistEntry { Kind = b.Kind, Value = value });
            }
        }

        foreach (var d in request.Dns ?? [])
        {
            var addresses = d.Addresses ?? [];
            if (!DomainName.TryNormalise(d.Name, out var name) || addresses.Any(a => !System.Net.IPAddress.TryParse(a, out _)))
            {
                return (null, $"DNS 记录格式不正确：{d.Name}");
            }

            var entry = await db.DnsRecords.FirstOrDefaultAsync(x => x.Name == name, ct) ?? db.DnsRecords.Add(new Beian.Bureau.Model.DnsRecordEntry { Name = name }).Entity;
            entry.Addresses = [.. addresses];
        }

        await db.SaveChangesAsync(ct);
        return (new Loaded(request.Domains?.Count ?? 0, request.Businesses?.Count ?? 0, request.Identities?.Count ?? 0, request.Blacklist?.Count ?? 0, request.Dns?.Count ?? 0), null);
    }

    /// <summary>A key given twice in one load (a domain, a credit code, an ID number, a DNS name): which, or null.</summary>
    private static string? Repeated(Request request)
    {
        static string? First<T>(IEnumerable<T>? items, Func<T, string> key, string what) =>
            (items ?? []).GroupBy(key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"{what}重复：{twice.Key}" : null;

        return First(request.Domains, d => DomainName.TryNormalise(d.Domain, out var n) ? n : d.Domain ?? string.Empty, "域名")
            ?? First(request.Businesses, b => (b.CreditCode ?? string.Empty).Trim(), "统一社会信用代码")
            ?? First(request.Identities, i => ResidentIdNumber.WithEighteenDigits(i.Number ?? string.Empty).Trim(), "证件号码")
            ?? First(request.Blacklist, b => $"{b.Kind}:{b.Value}", "黑名单条目")
            ?? First(request.Dns, d => DomainName.TryNormalise(d.Name, out var n) ? n : d.Name ?? string.Empty, "解析记录");
    }
}
