using Beian.Identity;
using Beian.PersonalData;
using Beian.Rules;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Integrations.Registries;

/// <summary>
/// The registries, simulated: they keep their entries in the bureau-side database, are loaded from data files and the
/// sandbox, and answer like the real systems — including "not found".
/// </summary>
public sealed class RegistrySimulators(BureauDb db, PersonalDataProtector protector) : IDomainRegistry, IBusinessRegistry, IIdentityCheck, IPhoneDirectory
{
    public async Task<IReadOnlyDictionary<string, DomainRegistration>> LookupAsync(IReadOnlyCollection<string> domains, CancellationToken ct)
    {
        var entries = await db.DomainRegistry.AsNoTracking().Where(d => domains.Contains(d.Domain)).ToListAsync(ct);
        return entries.ToDictionary(
            e => e.Domain,
            e => new DomainRegistration(e.Domain, e.HolderName, e.HolderCertificateType, protector.Unseal(e.HolderCertificateNumber), e.Registrar, e.ExpiresOn, e.Status, e.RealNameVerifiedOn, e.InMiitDatabase));
    }

    async Task<IReadOnlyDictionary<string, BusinessEntity>> IBusinessRegistry.LookupAsync(IReadOnlyCollection<string> creditCodes, CancellationToken ct)
    {
        var codes = creditCodes.Select(BusinessRegistryCode.Normalise).Distinct().ToList();
        var entries = await db.BusinessRegistry.AsNoTracking().Where(b => codes.Contains(b.CreditCode)).ToListAsync(ct);
        return entries.ToDictionary(e => e.CreditCode, e => new BusinessEntity(e.CreditCode, e.Name, e.LegalRepresentative, e.Status, e.Scope, e.LicenceExpiresOn));
    }

    async Task<IReadOnlyDictionary<string, IdentityRecord>> IIdentityCheck.LookupAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        var byIndex = numbers.Distinct().ToDictionary(n => protector.IndexOf(n, PersonalDataKind.CertificateNumber));
        var indexes = byIndex.Keys.ToList();
        var entries = await db.IdentityRegistry.AsNoTracking().Where(i => indexes.Contains(i.NumberIndex)).ToListAsync(ct);
        return entries.ToDictionary(e => byIndex[e.NumberIndex], e => new IdentityRecord(byIndex[e.NumberIndex], e.Name, e.ExpiresOn));
    }

    async Task<IdCardReading?> IIdentityCheck.ReadIdCardAsync(Stream photo, CancellationToken ct)
    {
        var shown = await SimulatedCamera.ReadAsync(photo, ct);
        return shown is not null && shown.GetValueOrDefault("kind") == "id-card"
            && shown.TryGetValue("name", out var name) && shown.TryGetValue("number", out var number) && shown.TryGetValue("address", out var address)
            ? new IdCardReading(name, number, address)
            : null;
    }

    async Task<FaceMatch> IIdentityCheck.MatchFaceAsync(string number, string name, Stream capture, CancellationToken ct)
    {
        var index = protector.IndexOf(number, PersonalDataKind.CertificateNumber);
        var onRecord = await db.IdentityRegistry.AsNoTracking().FirstOrDefaultAsync(i => i.NumberIndex == index, ct);
        if (onRecord is null || onRecord.Name != name)
        {
            return FaceMatch.CertificateFaceDiffers;
        }

        // The database holds the person's face: a capture matches when it is that person's face, taken in good light.
        var shown = await SimulatedCamera.ReadAsync(capture, ct);
        var whose = shown?.GetValueOrDefault("kind") == "face" ? shown.GetValueOrDefault("number") : null;
        return whose is not null && PersonalDataProtector.Normalise(whose, PersonalDataKind.CertificateNumber) == PersonalDataProtector.Normalise(number, PersonalDataKind.CertificateNumber)
            && shown!.GetValueOrDefault("light") == "good"
            ? FaceMatch.Match
            : FaceMatch.CapturedFaceDiffers;
    }

    public async Task<IReadOnlySet<string>> UnreachableAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        var byIndex = numbers.Distinct().ToDictionary(n => protector.IndexOf(n, PersonalDataKind.Phone));
        var indexes = byIndex.Keys.ToList();
        var hits = await db.Blacklist.AsNoTracking().Where(b => b.Kind == UnreachablePhone && indexes.Contains(b.Value)).Select(b => b.Value).ToListAsync(ct);
        return hits.Select(h => byIndex[h]).ToHashSet();
    }

    /// <summary>The blacklist kind of a number the carriers report out of service.</summary>
    public const string UnreachablePhone = "unreachable-phone";
}
