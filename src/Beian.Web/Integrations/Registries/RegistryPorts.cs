using Beian.Rules;

namespace Beian.Web.Integrations.Registries;

/// <summary>The domain registries and MIIT's registrar verification database (注册商验证库).</summary>
public interface IDomainRegistry
{
    /// <summary>The registrations of the given registrable domains that exist, by domain.</summary>
    Task<IReadOnlyDictionary<string, DomainRegistration>> LookupAsync(IReadOnlyCollection<string> domains, CancellationToken ct);
}

/// <summary>The business registry (工商信息库).</summary>
public interface IBusinessRegistry
{
    Task<BusinessEntity?> FindAsync(string creditCode, CancellationToken ct);
}

/// <summary>The identity check against the public-security database (公安库): name and document expiry by ID number.</summary>
public interface IIdentityCheck
{
    /// <summary>The records of the given ID numbers that exist, by number.</summary>
    Task<IReadOnlyDictionary<string, IdentityRecord>> LookupAsync(IReadOnlyCollection<string> numbers, CancellationToken ct);
}

/// <summary>Whether principals' phones can still be reached (the carriers' status, simulated).</summary>
public interface IPhoneDirectory
{
    /// <summary>The numbers among these that are out of service.</summary>
    Task<IReadOnlySet<string>> UnreachableAsync(IReadOnlyCollection<string> numbers, CancellationToken ct);
}
