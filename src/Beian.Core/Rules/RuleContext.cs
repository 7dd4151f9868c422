using Beian.Filings;
using Beian.Reference;

namespace Beian.Rules;

/// <summary>A person as the rule book sees them: clear values, held only for the duration of a check.</summary>
public sealed record PersonFacts(string Name, string CertificateType, string CertificateNumber, string Mobile, string? EmergencyPhone, string Email, string? Landline = null);

/// <summary>The subject as the rule book sees it.</summary>
public sealed record SubjectFacts(
    string ProvinceCode,
    SubjectNature Nature,
    string CertificateType,
    string CertificateNumber,
    string Name,
    string CertificateAddress,
    PersonFacts? Principal);

/// <summary>A website, app, mini-program or quick app as the rule book sees it.</summary>
public sealed record WebsiteFacts(string Name, IReadOnlyList<string> Domains, string ContentCategory, PersonFacts? Principal)
{
    /// <summary>The service code the website is bound to (备案服务码), if one was given.</summary>
    public string? ServiceCode { get; init; }

    public ServiceType Type { get; init; } = ServiceType.Website;

    /// <summary>An app's, mini-program's or quick app's own data; null for a website.</summary>
    public AppDetails? App { get; init; }

    /// <summary>The filed number of the service a change, access or cancellation concerns.</summary>
    public string? IcpNumber { get; init; }

    /// <summary>网站语言 or 语种 (R-APP-33).</summary>
    public string? Language { get; init; }

    /// <summary>备注.</summary>
    public string? Remarks { get; init; }

    public bool IsWebsite => Type == ServiceType.Website;
}

/// <summary>How strictly an app's features must be its subject's alone (R-APP-25, AMB-APP-02).</summary>
public enum AppFeatureUniqueness
{
    /// <summary>The same platform and package name, or the same fingerprint, on another subject's record blocks.</summary>
    PackageOrSignature,

    /// <summary>Only the same package name together with the same fingerprint blocks.</summary>
    PackageAndSignature,

    /// <summary>Nothing is compared.</summary>
    Off,
}

/// <summary>A domain in the registry and MIIT's registrar verification database (注册商验证库).</summary>
/// <param name="Domain">The registered domain, lower-case ASCII.</param>
/// <param name="HolderName">域名持有者.</param>
/// <param name="HolderCertificateType">实名认证证件类型.</param>
/// <param name="HolderCertificateNumber">实名认证证件号码.</param>
/// <param name="Registrar">注册商.</param>
/// <param name="ExpiresOn">到期日期.</param>
/// <param name="Status">ok, serverHold, clientHold.</param>
/// <param name="RealNameVerifiedOn">When the real-name verification finished, if it did.</param>
/// <param name="InMiitDatabase">The real-name data has reached MIIT's database (入库).</param>
public sealed record DomainRegistration(
    string Domain,
    string HolderName,
    string HolderCertificateType,
    string HolderCertificateNumber,
    string Registrar,
    DateOnly ExpiresOn,
    string Status,
    DateOnly? RealNameVerifiedOn,
    bool InMiitDatabase);

/// <summary>An organisation in the business registry (工商信息库).</summary>
public sealed record BusinessEntity(string CreditCode, string Name, string LegalRepresentative, string Status, string Scope, DateOnly? LicenceExpiresOn);

/// <summary>A person in the identity database (公安库): the name on the document and its expiry.</summary>
public sealed record IdentityRecord(string Number, string Name, DateOnly? ExpiresOn);

/// <summary>What the national record and the blacklist say about people and names of this draft.</summary>
/// <param name="PrincipalsUnderOtherSubjects">Certificate numbers of this draft's website principals that are website principals under another subject.</param>
/// <param name="NumbersUsedByOtherSubjects">Mobiles or certificate numbers of this draft already used by another subject.</param>
/// <param name="BlacklistedNames">Website or subject names on the blacklist.</param>
/// <param name="CertificateBlacklisted">The subject's certificate number is on the blacklist.</param>
public sealed record ConflictFacts(
    IReadOnlySet<string> PrincipalsUnderOtherSubjects,
    IReadOnlySet<string> NumbersUsedByOtherSubjects,
    IReadOnlySet<string> BlacklistedNames,
    bool CertificateBlacklisted)
{
    public static readonly ConflictFacts None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), false);

    /// <summary>The subject number the organisation is filed under with its certificate from before 三证合一, if any (R-SUBJ-09).</summary>
    public string? RecordUnderOldCertificate { get; init; }

    /// <summary>Feature keys (<see cref="AppPlatform.FeatureKeys"/>) of this draft on another subject's live record (R-APP-25).</summary>
    public IReadOnlySet<string> AppFeaturesOfOtherSubjects { get; init; } = new HashSet<string>();

    /// <summary>App names of this draft (case-folded) that another subject's live app carries (R-APP-26).</summary>
    public IReadOnlySet<string> AppNamesOfOtherSubjects { get; init; } = new HashSet<string>();

    /// <summary>The live services of the draft's own subject in the national record, every type (R-APP-11, R-APP-15).</summary>
    public IReadOnlyList<FiledService> SubjectServices { get; init; } = [];
}

/// <summary>An app as the national record holds it: its name and data.</summary>
public sealed record RecordedApp(string Name, AppDetails App);

/// <summary>A live service of a subject in the national record.</summary>
public sealed record FiledService(ServiceType Type, string Name, string IcpNumber);

/// <summary>Everything a check may look at: the draft, the date, the province's rules and what the registries know.</summary>
public sealed record RuleContext(
    FilingType Type,
    SubjectFacts Subject,
    IReadOnlyList<WebsiteFacts> Websites,
    DateOnly Today,
    ProvinceRules Province,
    IReadOnlyDictionary<string, DomainRegistration> Domains,
    BusinessEntity? Business,
    IReadOnlyDictionary<string, IdentityRecord> Identities,
    ConflictFacts Conflicts)
{
    /// <summary>The subject principal as the national record holds it, for access and new-website filings of a filed subject.</summary>
    public PersonFacts? RecordedSubjectPrincipal { get; init; }

    /// <summary>The website principals as the national record holds them, by domain, for access filings.</summary>
    public IReadOnlyDictionary<string, PersonFacts> RecordedWebsitePrincipals { get; init; } = new Dictionary<string, PersonFacts>();

    /// <summary>The holiday calendar, TLDs and registrars in use on the host that runs the check.</summary>
    public ReferenceTables Tables { get; init; } = ReferenceTables.Shipped;

    /// <summary>The account filing the order has passed real-name verification (账号实名认证).</summary>
    public bool AccountRealNameVerified { get; init; } = true;

    /// <summary>An access order's record no longer has any of the order's domains at MIIT: it was cancelled meanwhile.</summary>
    public bool AccessedRecordGone { get; init; }

    /// <summary>The draft's domains that resolve in the public DNS now, for filings of domains not yet filed.</summary>
    public IReadOnlySet<string> ResolvingDomains { get; init; } = new HashSet<string>();

    /// <summary>The filed domains the order takes off the record: every domain of a cancellation, those a website change drops.</summary>
    public IReadOnlySet<string> RemovedDomains { get; init; } = new HashSet<string>();

    /// <summary>The subject as the national record holds it, for change orders.</summary>
    public SubjectFacts? RecordedSubject { get; init; }

    /// <summary>The documents uploaded for the order.</summary>
    public IReadOnlyList<DocumentFacts> Documents { get; init; } = [];

    /// <summary>The domains the national record holds for the record an access or change order concerns.</summary>
    public IReadOnlySet<string> RecordedDomains { get; init; } = new HashSet<string>();

    /// <summary>
    /// Names (trimmed, case-folded) of the subject's apps, mini-programs and quick apps that are approved or in another
    /// order in progress (R-APP-15).
    /// </summary>
    public IReadOnlySet<string> SubjectAppNames { get; init; } = new HashSet<string>();

    /// <summary>The subject's services of every type on the record now, for the service cap (R-APP-11).</summary>
    public int LiveServices { get; init; }

    /// <summary>How many of <see cref="LiveServices"/> are apps, mini-programs or quick apps.</summary>
    public int LiveApplications { get; init; }

    /// <summary>The apps, mini-programs and quick apps of the national record an access order takes over, by number (R-APP-09).</summary>
    public IReadOnlyDictionary<string, RecordedApp> RecordedApps { get; init; } = new Dictionary<string, RecordedApp>();

    /// <summary>The provider's setting <c>MiniProgramNeedsServiceCode</c> (R-APP-03): off by default.</summary>
    public bool MiniProgramNeedsServiceCode { get; init; }

    /// <summary>The provider's setting <c>AppFeatureUniqueness</c> (R-APP-25).</summary>
    public AppFeatureUniqueness AppFeatureUniqueness { get; init; } = AppFeatureUniqueness.PackageOrSignature;

    /// <summary>The principals of the draft with the field path each is at.</summary>
    public IEnumerable<(string Field, PersonFacts Person)> Principals()
    {
        if (Subject.Principal is { } subject)
        {
            yield return ("subject.principal", subject);
        }

        for (var i = 0; i < Websites.Count; i++)
        {
            if (Websites[i].Principal is { } p)
            {
                yield return ($"websites[{i}].principal", p);
            }
        }
    }

    /// <summary>
    /// Every domain of the draft with its field path: a website's and an app's back-end domains alike, so that every
    /// domain rule verifies both (R-APP-28).
    /// </summary>
    public IEnumerable<(string Field, string Domain)> AllDomains() =>
        Websites.SelectMany((w, i) => w.Domains.Select((d, j) => ($"websites[{i}].domains[{j}]", d)));
}
