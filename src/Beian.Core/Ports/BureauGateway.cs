using Beian.Filings;

namespace Beian.Ports;

/// <summary>An application the provider hands to the bureau (报备).</summary>
/// <param name="ApplicationId">The provider's id for this submission; submitting it again is harmless.</param>
/// <param name="OrderNumber">备案订单号, for the bureau's staff.</param>
/// <param name="Type">The filing type.</param>
/// <param name="Data">The order's data, personal data sealed.</param>
/// <param name="TargetIcpNumber">The subject or website a change, cancel-access or cancellation concerns.</param>
public sealed record BureauSubmission(string ApplicationId, string OrderNumber, FilingType Type, FilingDraft Data, string? TargetIcpNumber = null);

/// <summary>A message from the bureau, in the provider's stream (see <see cref="BureauMessageKinds"/>).</summary>
/// <param name="Sequence">Its place in the provider's stream.</param>
/// <param name="Kind">What happened (BureauMessageKinds).</param>
/// <param name="ApplicationId">The application it concerns, or the record's number.</param>
/// <param name="Payload">Its data, as JSON.</param>
/// <param name="At">When it happened at the bureau.</param>
/// <param name="DueAt">When the provider may learn of it (At plus the sync lag): the time its effect on the provider's side carries.</param>
public sealed record BureauNotice(long Sequence, string Kind, string ApplicationId, string Payload, DateTimeOffset At, DateTimeOffset DueAt);

/// <summary>The numbers an approval issued or confirmed, with the domains of each website.</summary>
public sealed record ApprovalPayload(string SubjectIcpNumber, IReadOnlyList<ApprovedWebsite> Websites);

/// <summary>One approved service: its index in the application, its number, domains and type.</summary>
public sealed record ApprovedWebsite(int Index, string IcpNumber, string Name, IReadOnlyList<string> Domains, ServiceType Type = ServiceType.Website);

/// <summary>What the record event notice says about a record the bureau changed on its own.</summary>
public sealed record RecordChangedPayload(string SubjectIcpNumber, string? WebsiteIcpNumber, string Change);

/// <summary>The reasons of a rejection or return.</summary>
public sealed record RejectionPayload(IReadOnlyList<OrderRejection> Reasons);

/// <summary>
/// A row of the MIIT public query (ICP备案查询). It names the subject in full — the person's full name for an individual
/// filing, the organisation's full name otherwise (R-SUBJ-11) — and never the access provider (R-MISC-03).
/// </summary>
public sealed record PublicRecordRow(
    string SubjectName,
    string SubjectNature,
    string SubjectIcpNumber,
    string? WebsiteIcpNumber,
    string? WebsiteName,
    string? Homepage,
    IReadOnlyList<string> Domains,
    DateTimeOffset? ApprovedAt,
    bool AccessRestricted,
    ServiceType ServiceType = ServiceType.Website);

/// <summary>What the national record holds for a certificate and a domain, for the basic-information check.</summary>
public sealed record NationalLookup(NationalSubjectView? Subject, NationalDomainView? Domain);

/// <summary>The people, numbers and names of a draft, in clear, for the conflict look-up.</summary>
public sealed record ConflictQuery(
    string SubjectCertificate,
    string SubjectName,
    IReadOnlyList<string> WebsitePrincipalCertificates,
    IReadOnlyList<string> PrincipalNumbers,
    IReadOnlyList<string> WebsiteNames)
{
    /// <summary>The draft's apps' feature keys (<see cref="AppPlatform.FeatureKeys"/>), for R-APP-25.</summary>
    public IReadOnlyList<string> AppFeatureKeys { get; init; } = [];

    /// <summary>The draft's app, mini-program and quick-app names, case-folded, for R-APP-26.</summary>
    public IReadOnlyList<string> AppNames { get; init; } = [];
}

/// <summary>A subject in the national record; <paramref name="LiveWebsites"/> counts its live services of every type.</summary>
public sealed record NationalSubjectView(string IcpNumber, string ProvinceCode, string Name, int LiveWebsites, IReadOnlyList<string> WebsiteNumbersServedByCaller)
{
    /// <summary>The subject's live apps, mini-programs and quick apps, known by name (R-APP-08).</summary>
    public IReadOnlyList<NationalAppView> Applications { get; init; } = [];
}

/// <summary>A live app, mini-program or quick app of a subject in the national record.</summary>
public sealed record NationalAppView(string IcpNumber, ServiceType Type, string Name, bool ServedByCaller);

/// <summary>A domain in the national record.</summary>
public sealed record NationalDomainView(string SubjectIcpNumber, string WebsiteIcpNumber, string ProvinceCode, bool ServedByCaller, bool ServedByAnyone = true);

/// <summary>
/// The port between the provider's platform and MIIT/the provincial bureau (DESIGN.md §1). Provider → bureau: submit,
/// look up, query. Bureau → provider: one ordered stream of notices, visible after the sync lag.
/// </summary>
public interface IBureauGateway
{
    /// <summary>Submits (or resubmits) an application; idempotent by <see cref="BureauSubmission.ApplicationId"/>.</summary>
    Task SubmitAsync(BureauSubmission submission, CancellationToken ct);

    /// <summary>The notices after <paramref name="afterSequence"/> that the provider may see now, oldest first.</summary>
    Task<IReadOnlyList<BureauNotice>> ReadNoticesAsync(long afterSequence, int max, CancellationToken ct);

    /// <summary>
    /// A filed subject with its live websites as the national record holds them, in the shape of a draft: the starting
    /// point of a change or a cancellation. Null when there is no such live subject.
    /// </summary>
    Task<FilingDraft?> RecordDraftAsync(string subjectIcpNumber, CancellationToken ct);

    /// <summary>The same for many subjects at once (the inspection reads the record in batches); absent ones are left out.</summary>
    Task<IReadOnlyDictionary<string, FilingDraft>> RecordDraftsAsync(IReadOnlyCollection<string> subjectIcpNumbers, CancellationToken ct);

    /// <summary>What the national record holds for a certificate number and a domain.</summary>
    Task<NationalLookup> LookupAsync(string certificateNumber, string domain, CancellationToken ct);

    /// <summary>
    /// What the national record and the blacklist say about the people and names of a draft (R-PRIN-07, R-PRIN-11,
    /// R-NAME-09, R-SUBJ-12). "Another subject" is any subject with a different certificate number.
    /// </summary>
    Task<Beian.Rules.ConflictFacts> ConflictsAsync(ConflictQuery query, CancellationToken ct);

    /// <summary>The public query by number, domain or subject name (one of them).</summary>
    Task<IReadOnlyList<PublicRecordRow>> QueryAsync(string? icpNumber, string? domain, string? subjectName, CancellationToken ct);

    /// <summary>
    /// The public query by domain for many domains at once (bulk lookup): for each domain that a live website holds,
    /// that website as the public query shows it. Domains no live website holds are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, PublicRecordRow>> QueryDomainsAsync(IReadOnlyCollection<string> domains, CancellationToken ct);

    /// <summary>
    /// For reconciliation: the national record's websites with these numbers, and every live website that lists this
    /// provider, with their state, domains and whether this provider serves them.
    /// </summary>
    Task<IReadOnlyList<NationalWebsiteState>> WebsitesAsync(IReadOnlyCollection<string> websiteNumbers, CancellationToken ct);
}

/// <summary>A website as the national record holds it, for reconciliation.</summary>
public sealed record NationalWebsiteState(string IcpNumber, string SubjectIcpNumber, string Name, bool Live, bool ServedByCaller, IReadOnlyList<string> Domains);

/// <summary>The kinds of message the bureau sends providers through the port.</summary>
public static class BureauMessageKinds
{
    /// <summary>Every principal verified; bureau review started.</summary>
    public const string Verified = "verified";

    /// <summary>Returned to the provider (SMS not verified).</summary>
    public const string Returned = "returned";

    public const string Approved = "approved";

    public const string Rejected = "rejected";

    /// <summary>A record the provider serves changed (also by another provider or the bureau itself).</summary>
    public const string RecordChanged = "record-changed";
}
