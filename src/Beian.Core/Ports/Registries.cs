using Beian.Identity;
using Beian.Rules;

namespace Beian.Ports;

/// <summary>The domain registries and MIIT's registrar verification database (注册商验证库).</summary>
public interface IDomainRegistry
{
    /// <summary>The registrations of the given registrable domains that exist, by domain.</summary>
    Task<IReadOnlyDictionary<string, DomainRegistration>> LookupAsync(IReadOnlyCollection<string> domains, CancellationToken ct);
}

/// <summary>The business registry (工商信息库).</summary>
public interface IBusinessRegistry
{
    /// <summary>The organisations of the given credit codes that exist, by code (upper case).</summary>
    Task<IReadOnlyDictionary<string, BusinessEntity>> LookupAsync(IReadOnlyCollection<string> creditCodes, CancellationToken ct);
}

public static class BusinessRegistryExtensions
{
    /// <summary>One organisation by credit code, or null when the registry does not know it.</summary>
    public static async Task<BusinessEntity?> FindAsync(this IBusinessRegistry registry, string creditCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var code = BusinessRegistryCode.Normalise(creditCode);
        return (await registry.LookupAsync([code], ct)).GetValueOrDefault(code);
    }
}

/// <summary>Credit codes are asked about trimmed and in upper case, as the registry keeps them.</summary>
public static class BusinessRegistryCode
{
    public static string Normalise(string? creditCode) => (creditCode ?? string.Empty).Trim().ToUpperInvariant();
}

/// <summary>The identity check against the public-security database (公安库): name and document expiry by ID number.</summary>
public interface IIdentityCheck
{
    /// <summary>The records of the given ID numbers that exist, by number.</summary>
    Task<IReadOnlyDictionary<string, IdentityRecord>> LookupAsync(IReadOnlyCollection<string> numbers, CancellationToken ct);

    /// <summary>R-FACE-01: reads the number, name and address off a photo of an ID card; null when the photo cannot be read.</summary>
    Task<IdCardReading?> ReadIdCardAsync(Stream photo, CancellationToken ct);

    /// <summary>R-FACE-03: compares a captured face with the face on record for this name and number.</summary>
    Task<FaceMatch> MatchFaceAsync(string number, string name, Stream capture, CancellationToken ct);
}

/// <summary>Whether principals' phones can still be reached (the carriers' status, simulated).</summary>
public interface IPhoneDirectory
{
    /// <summary>The numbers among these that are out of service.</summary>
    Task<IReadOnlySet<string>> UnreachableAsync(IReadOnlyCollection<string> numbers, CancellationToken ct);
}

/// <summary>
/// The sandbox's stand-in for a phone's front camera: a picture of a person's face that the simulated identity check
/// can read. Only the simulator provides it; with a real identity service there is none, and the phone's camera is used.
/// </summary>
public interface ISandboxCamera
{
    /// <summary>A capture of the face of the person with this ID number; <paramref name="goodLight"/> false is too dark to match.</summary>
    byte[] Face(string number, bool goodLight);
}
