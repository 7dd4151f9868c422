namespace Beian.Bureau.Model;

/// <summary>A domain as the registry and MIIT's registrar verification database hold it (simulated).</summary>
public sealed class DomainRegistryEntry
{
    /// <summary>The registered domain, lower-case ASCII.</summary>
    public string Domain { get; set; } = string.Empty;

    public string HolderName { get; set; } = string.Empty;

    public string HolderCertificateType { get; set; } = string.Empty;

    /// <summary>The holder's certificate number. Registries publish it only masked; the simulator keeps it sealed.</summary>
    public Beian.PersonalData.SealedText HolderCertificateNumber { get; set; } = null!;

    public string Registrar { get; set; } = string.Empty;

    public DateOnly ExpiresOn { get; set; }

    /// <summary>ok, serverHold or clientHold.</summary>
    public string Status { get; set; } = "ok";

    public DateOnly? RealNameVerifiedOn { get; set; }

    /// <summary>The real-name data has reached MIIT's database (入库).</summary>
    public bool InMiitDatabase { get; set; }
}

/// <summary>An organisation in the business registry (工商信息库, simulated).</summary>
public sealed class BusinessRegistryEntry
{
    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string LegalRepresentative { get; set; } = string.Empty;

    /// <summary>存续, 注销, 吊销.</summary>
    public string Status { get; set; } = "存续";

    public string Scope { get; set; } = string.Empty;

    public DateOnly? LicenceExpiresOn { get; set; }
}

/// <summary>A person in the identity database (公安库, simulated): name and document expiry by ID number.</summary>
public sealed class IdentityRegistryEntry
{
    /// <summary>The blind index of the ID number; the number itself is not kept.</summary>
    public string NumberIndex { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly? ExpiresOn { get; set; }
}

/// <summary>A certificate number or a name barred after an illegal-content cancellation (黑名单).</summary>
public sealed class BlacklistEntry
{
    public int Id { get; set; }

    /// <summary>certificate or name.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The blind index of a certificate number, or the name itself.</summary>
    public string Value { get; set; } = string.Empty;
}
