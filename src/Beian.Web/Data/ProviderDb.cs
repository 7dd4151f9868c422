using Beian.Filings;
using Beian.Instances;
using Beian.Platform.Data;
using Beian.Records;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Data;

/// <summary>
/// The provider's database (接入商): accounts, instances, service codes, orders, the provider's copy of the record and
/// its event feed, the outbox and the audit log. It shares no table with the bureau simulator's.
/// </summary>
public abstract class ProviderDb(DbContextOptions options, StoreKind kind)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string Side = "provider";

    public StoreKind Kind { get; } = kind;

    public DbSet<CloudInstance> Instances => Set<CloudInstance>();

    public DbSet<ServiceCode> ServiceCodes => Set<ServiceCode>();

    public DbSet<FilingOrder> Orders => Set<FilingOrder>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<OrderDomain> OrderDomains => Set<OrderDomain>();

    public DbSet<RecordSubject> RecordSubjects => Set<RecordSubject>();

    public DbSet<RecordWebsite> RecordWebsites => Set<RecordWebsite>();

    public DbSet<RecordDomain> RecordDomains => Set<RecordDomain>();

    public DbSet<RecordEvent> RecordEvents => Set<RecordEvent>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<OrderDocument> OrderDocuments => Set<OrderDocument>();

    /// <summary>Video verifications asked for in initial review.</summary>
    public DbSet<VideoVerification> VideoVerifications => Set<VideoVerification>();

    public DbSet<Beian.Reference.ReferenceImport> ReferenceImports => Set<Beian.Reference.ReferenceImport>();

    public DbSet<Beian.Identity.RealPersonVerification> RealPersonVerifications => Set<Beian.Identity.RealPersonVerification>();

    /// <summary>Special-inspection cases with their rectification deadlines.</summary>
    public DbSet<Beian.Compliance.InspectionCase> InspectionCases => Set<Beian.Compliance.InspectionCase>();

    /// <summary>The key ring that protects sign-in cookies and tokens, shared by every host of one database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Setting> Settings => Set<Setting>();

    /// <summary>Codes texted to security phones, kept hashed until used or expired.</summary>
    public DbSet<Beian.Accounts.SecurityCode> SecurityCodes => Set<Beian.Accounts.SecurityCode>();

    /// <summary>Record transfers between accounts (备案转移).</summary>
    public DbSet<Beian.Accounts.RecordTransfer> RecordTransfers => Set<Beian.Accounts.RecordTransfer>();

    /// <summary>Appeals of holders whose security phone is gone.</summary>
    public DbSet<Beian.Accounts.AccountAppeal> AccountAppeals => Set<Beian.Accounts.AccountAppeal>();

    /// <summary>Callback windows the applicants asked for (预约回电).</summary>
    public DbSet<CallbackRequest> CallbackRequests => Set<CallbackRequest>();

    /// <summary>Links a remote principal opens to upload their ID and do the face check (R-DOC-15).</summary>
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    /// <summary>API keys of applicants' machine clients, kept hashed.</summary>
    public DbSet<Beian.Accounts.ApiKey> ApiKeys => Set<Beian.Accounts.ApiKey>();

    /// <summary>Inspection cases' steps, in order: followed by the webhooks.</summary>
    public DbSet<Beian.Compliance.CaseEvent> CaseEvents => Set<Beian.Compliance.CaseEvent>();

    /// <summary>Service codes' changes, in order: followed by the webhooks.</summary>
    public DbSet<ServiceCodeEvent> ServiceCodeEvents => Set<ServiceCodeEvent>();

    public DbSet<Beian.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Beian.Webhooks.WebhookSubscription>();

    /// <summary>Each event once, with the id every delivery of it carries.</summary>
    public DbSet<Beian.Webhooks.WebhookEvent> WebhookEvents => Set<Beian.Webhooks.WebhookEvent>();

    /// <summary>The webhook outbox: one row per event and subscription, retried until delivered or parked.</summary>
    public DbSet<Beian.Webhooks.WebhookDelivery> WebhookDeliveries => Set<Beian.Webhooks.WebhookDelivery>();

    /// <summary>Wrong passwords counted per e-mail address and client.</summary>
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        Store.Conventions(configurationBuilder, Kind);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ProviderDb).Assembly, t => t.Namespace == typeof(ProviderModel).Namespace);
        Store.Name(builder, Kind, Side);
    }
}
