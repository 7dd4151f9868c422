using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform.Data;
using Beian.Ports;
using Beian.Rules;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Registries;

/// <summary>
/// The registries, simulated: they keep their entries in the bureau-side database, are loaded from data files and the
/// sandbox, and answer like the real systems — including "not found". The bulk lookups the special inspection makes
/// for every record are hand-written SQL (<see cref="RawSql"/>).
/// </summary>
public sealed class RegistrySimulators(BureauDb db, PersonalDataProtector protector) : IDomainRegistry, IBusinessRegistry, IIdentityCheck, IPhoneDirectory
{
    public async Task<IReadOnlyDictionary<string, DomainRegistration>> LookupAsync(IReadOnlyCollection<string> domains, CancellationToken ct) =>
        await RawSql.ReadAsync(
            db,
            command => $"""
                SELECT "Domain", "HolderName", "HolderCertificateType", "HolderCertificateNumber_Cipher", "HolderCertificateNumber_Index",
                       "HolderCertificateNumber_Masked", "Registrar", "ExpiresOn", "Status", "RealNameVerifiedOn", "InMiitDatabase"
                FROM {RawSql.Table<DomainRegistryEntry>(db)}
                WHERE "Domain" {RawSql.AmongKeys(db, command, "@domains", domains)}
                """,
            r => new DomainRegistration(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                protector.Unseal(new SealedText(r.GetString(3), r.GetString(4), r.GetString(5))),
                r.GetString(6),
                r.GetFieldValue<DateOnly>(7),
                r.GetString(8),
                r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9),
                r.GetBoolean(10)),
            ct).ToDictionaryAsync(d => d.Domain, StringComparer.Ordinal, ct);

    async Task<IReadOnlyDictionary<string, BusinessEntity>> IBusinessRegistry.LookupAsync(IReadOnlyCollection<string> creditCodes, CancellationToken ct) =>
        await RawSql.ReadAsync(
            db,
            command => $"""
                SELECT "CreditCode", "Name", "LegalRepresentative", "Status", "Scope", "LicenceExpiresOn"
                FROM {RawSql.Table<BusinessRegistryEntry>(db)}
                WHERE "CreditCode" {RawSql.AmongKeys(db, command, "@codes", [.. creditCodes.Select(BusinessRegistryCode.Normalise).Distinct()])}
                """,
            r => new BusinessEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5)),
            ct).ToDictionaryAsync(e => e.CreditCode, StringComparer.Ordinal, ct);

    async Task<IReadOnlyDictionary<string, IdentityRecord>> IIdentityCheck.LookupAsync(IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        var byIndex = numbers.Distinct().ToDictionary(n => protector.IndexOf(n, PersonalDataKind.CertificateNumber));
        return await RawSql.ReadAsync(
            db,
            command => $"""
                SELECT "NumberIndex", "Name", "ExpiresOn"
                FROM {RawSql.Table<IdentityRegistryEntry>(db)}
                WHERE "NumberIndex" {RawSql.AmongKeys(db, command, "@indexes", byIndex.Keys)}
                """,
            r => new IdentityRecord(byIndex[r.GetString(0)], r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2)),
            ct).ToDictionaryAsync(e => e.Number, StringComparer.Ordinal, ct);
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
        return await RawSql.ReadAsync(
            db,
            command => $"""
                SELECT "Value" FROM {RawSql.Table<BlacklistEntry>(db)}
                WHERE "Kind" = '{UnreachablePhone}' AND "Value" {RawSql.AmongKeys(db, command, "@indexes", byIndex.Keys)}
                """,
            r => byIndex[r.GetString(0)],
            ct).ToHashSetAsync(cancellationToken: ct);
    }

    /// <summary>The blacklist kind of a number the carriers report out of service.</summary>
    public const string UnreachablePhone = "unreachable-phone";
}
