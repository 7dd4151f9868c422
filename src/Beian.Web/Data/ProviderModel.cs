using Beian.Filings;
using Beian.Instances;
using Beian.Platform.Data;
using Beian.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beian.Web.Data;

/// <summary>Marks the namespace of the provider's entity configurations.</summary>
internal static class ProviderModel
{
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<FilingOrder>
{
    public void Configure(EntityTypeBuilder<FilingOrder> order)
    {
        order.ToTable("orders");
        order.HasKey(o => o.Id);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => o.AccountId);
        order.HasIndex(o => o.SubjectCertificateIndex);
        order.HasIndex(o => new { o.State, o.ExpiresAt });
        order.HasIndex(o => o.ExpiryWarningDueAt);
        order.Property(o => o.Number).HasMaxLength(32);
        order.Property(o => o.ProvinceCode).HasMaxLength(2);
        order.Property(o => o.Draft).HasJsonConversion();
        order.Property(o => o.Rejections).HasJsonConversion();
        order.Property(o => o.WebsiteIcpNumbers).HasJsonConversion();
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasMany(o => o.Timeline).WithOne().HasForeignKey(e => e.OrderId);
        order.Navigation(o => o.Timeline).HasField("_timeline");
        order.HasMany(o => o.Domains).WithOne().HasForeignKey(d => d.OrderId);
        order.Navigation(o => o.Domains).HasField("_domains");
        order.Ignore(o => o.Path);
        order.Ignore(o => o.IsEditable);
    }
}

internal sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> e)
    {
        e.ToTable("order_events");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.HasIndex(x => new { x.OrderId, x.At });
        e.HasIndex(x => x.At);
    }
}

internal sealed class OrderDomainConfiguration : IEntityTypeConfiguration<OrderDomain>
{
    public void Configure(EntityTypeBuilder<OrderDomain> d)
    {
        d.ToTable("order_domains");
        d.HasKey(x => new { x.OrderId, x.Domain });
        d.HasIndex(x => x.Domain);
    }
}

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<CloudInstance>
{
    public void Configure(EntityTypeBuilder<CloudInstance> i)
    {
        i.ToTable("instances");
        i.HasIndex(x => x.InstanceId).IsUnique();
        i.HasIndex(x => x.AccountId);
    }
}

internal sealed class ServiceCodeConfiguration : IEntityTypeConfiguration<ServiceCode>
{
    public void Configure(EntityTypeBuilder<ServiceCode> c)
    {
        c.ToTable("service_codes");
        c.HasIndex(x => x.Value).IsUnique();
        c.Property(x => x.QuotaKey).HasMaxLength(80);
        c.HasIndex(x => new { x.QuotaKey, x.Slot }).IsUnique();
        c.HasIndex(x => x.InstanceId);
    }
}

internal sealed class RecordSubjectConfiguration : IEntityTypeConfiguration<RecordSubject>
{
    public void Configure(EntityTypeBuilder<RecordSubject> s)
    {
        s.ToTable("record_subjects");
        s.HasIndex(x => x.IcpNumber).IsUnique();
        s.HasIndex(x => x.AccountId);
        s.ComplexProperty(x => x.CertificateNumber);
        s.HasMany(x => x.Websites).WithOne().HasForeignKey(w => w.SubjectId);
    }
}

internal sealed class RecordWebsiteConfiguration : IEntityTypeConfiguration<RecordWebsite>
{
    public void Configure(EntityTypeBuilder<RecordWebsite> w)
    {
        w.ToTable("record_websites");
        w.HasIndex(x => x.IcpNumber).IsUnique();
        w.Property(x => x.PublicSecurityNumber).HasMaxLength(32);
        w.Property(x => x.PublicSecurityFooter).HasMaxLength(300);

        // The public-security reminders read the websites not yet reminded twice, oldest approval first.
        w.HasIndex(x => new { x.PublicSecurityReminders, x.ApprovedAt });
        w.HasMany(x => x.Domains).WithOne().HasForeignKey(d => d.WebsiteId);
    }
}

internal sealed class RecordDomainConfiguration : IEntityTypeConfiguration<RecordDomain>
{
    public void Configure(EntityTypeBuilder<RecordDomain> d)
    {
        d.ToTable("record_domains");
        d.HasKey(x => new { x.Domain, x.WebsiteId });
        d.HasIndex(x => x.WebsiteId);
    }
}

internal sealed class RecordEventConfiguration : IEntityTypeConfiguration<RecordEvent>
{
    public void Configure(EntityTypeBuilder<RecordEvent> e)
    {
        e.ToTable("record_events");
        e.HasKey(x => x.Sequence);
        e.Property(x => x.Domains).HasJsonConversion();

        // Followers read again the last moments' events, by time: a late commit with a lower sequence is still seen.
        e.HasIndex(x => x.At);
    }
}

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> m)
    {
        m.ToTable("outbox");
        m.Property(x => x.Id).ValueGeneratedNever();
        m.Property(x => x.Phone).HasJsonConversion();
        m.HasIndex(x => new { x.DeliveredAt, x.CreatedAt });

        // The message centre reads an account's notifications newest first, a page at a time.
        m.HasIndex(x => new { x.AccountId, x.Channel, x.CreatedAt });
    }
}

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> a)
    {
        a.ToTable("audit_log");
        a.HasIndex(x => x.At);
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> s)
    {
        s.ToTable("settings");
        s.HasKey(x => x.Key);
        s.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> d)
    {
        d.ToTable("gateway_deliveries");
        d.HasKey(x => x.MessageId);
    }
}

internal sealed class OrderDocumentConfiguration : IEntityTypeConfiguration<Beian.Filings.OrderDocument>
{
    public void Configure(EntityTypeBuilder<Beian.Filings.OrderDocument> d)
    {
        d.ToTable("order_documents");
        d.HasIndex(x => new { x.OrderId, x.Kind, x.Role });
    }
}

internal sealed class VideoVerificationConfiguration : IEntityTypeConfiguration<Beian.Filings.VideoVerification>
{
    public void Configure(EntityTypeBuilder<Beian.Filings.VideoVerification> v)
    {
        v.ToTable("video_verifications");
        v.Property(x => x.Id).ValueGeneratedNever();
        v.Property(x => x.Version).IsConcurrencyToken();
        v.HasIndex(x => new { x.OrderId, x.RequestedAt });
        v.HasIndex(x => x.Sha256);
    }
}

internal sealed class RealPersonVerificationConfiguration : IEntityTypeConfiguration<Beian.Identity.RealPersonVerification>
{
    public void Configure(EntityTypeBuilder<Beian.Identity.RealPersonVerification> v)
    {
        v.ToTable("real_person_verifications");
        v.Property(x => x.Id).ValueGeneratedNever();
        v.Property(x => x.Version).IsConcurrencyToken();
        v.Ignore(x => x.AcceptsCaptures);
        v.Ignore(x => x.Explanation);
        v.HasIndex(x => new { x.OrderId, x.Role }).IsUnique();
    }
}

internal sealed class ReferenceImportConfiguration : IEntityTypeConfiguration<Beian.Reference.ReferenceImport>
{
    public void Configure(EntityTypeBuilder<Beian.Reference.ReferenceImport> r)
    {
        r.ToTable("reference_imports");
        r.HasKey(x => x.Name);
        r.Ignore(x => x.Version);
    }
}

internal sealed class InspectionCaseConfiguration : IEntityTypeConfiguration<Beian.Compliance.InspectionCase>
{
    public void Configure(EntityTypeBuilder<Beian.Compliance.InspectionCase> c)
    {
        c.ToTable("inspection_cases");
        c.Property(x => x.Id).ValueGeneratedNever();
        c.HasIndex(x => x.ActiveKey).IsUnique();
        c.HasIndex(x => new { x.State, x.Deadline });
        c.HasIndex(x => x.SubjectIcpNumber);
        c.HasIndex(x => x.AccountId);
    }
}

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> f)
    {
        f.ToTable("sign_in_failures");
        f.HasKey(x => x.Key);
        f.Property(x => x.Key).HasMaxLength(64);
        f.HasIndex(x => x.FirstAt);
    }
}

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> u) => u.Property(x => x.SecurityPhone).HasJsonConversion();
}

internal sealed class SecurityCodeConfiguration : IEntityTypeConfiguration<Beian.Accounts.SecurityCode>
{
    public void Configure(EntityTypeBuilder<Beian.Accounts.SecurityCode> c)
    {
        c.ToTable("security_codes");
        c.Property(x => x.Id).ValueGeneratedNever();
        c.Property(x => x.Phone).HasJsonConversion();
        c.Property(x => x.Purpose).HasMaxLength(16);
        c.Property(x => x.Hash).HasMaxLength(64);
        c.Ignore(x => x.ExpiresAt);

        // The send limits count an account's codes of the last day.
        c.HasIndex(x => new { x.AccountId, x.SentAt });
    }
}

internal sealed class RecordTransferConfiguration : IEntityTypeConfiguration<Beian.Accounts.RecordTransfer>
{
    public void Configure(EntityTypeBuilder<Beian.Accounts.RecordTransfer> t)
    {
        t.ToTable("record_transfers");
        t.Property(x => x.Id).ValueGeneratedNever();
        t.Property(x => x.State).HasMaxLength(16);
        t.Property(x => x.SubjectIcpNumber).HasMaxLength(64);
        t.Ignore(x => x.ExpiresAt);
        t.HasIndex(x => new { x.FromAccountId, x.State });
        t.HasIndex(x => new { x.ToAccountId, x.State });
    }
}

internal sealed class AccountAppealConfiguration : IEntityTypeConfiguration<Beian.Accounts.AccountAppeal>
{
    public void Configure(EntityTypeBuilder<Beian.Accounts.AccountAppeal> a)
    {
        a.ToTable("account_appeals");
        a.Property(x => x.Id).ValueGeneratedNever();
        a.Property(x => x.NewPhone).HasJsonConversion();
        a.Property(x => x.State).HasMaxLength(16);
        a.Property(x => x.Document).HasMaxLength(32);
        a.HasIndex(x => new { x.State, x.CreatedAt });
    }
}

internal sealed class CallbackRequestConfiguration : IEntityTypeConfiguration<CallbackRequest>
{
    public void Configure(EntityTypeBuilder<CallbackRequest> c)
    {
        c.ToTable("callback_requests");
        c.Property(x => x.Id).ValueGeneratedNever();
        c.Property(x => x.Note).HasMaxLength(200);
        c.HasIndex(x => new { x.OrderId, x.AnsweredAt });
    }
}

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> l)
    {
        l.ToTable("share_links");
        l.Property(x => x.Id).ValueGeneratedNever();
        l.Property(x => x.Role).HasMaxLength(64);
        l.Property(x => x.TokenHash).HasMaxLength(64);
        l.HasIndex(x => x.TokenHash).IsUnique();
        l.HasIndex(x => x.OrderId);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<Beian.Accounts.ApiKey>
{
    public void Configure(EntityTypeBuilder<Beian.Accounts.ApiKey> k)
    {
        k.ToTable("api_keys");
        k.Property(x => x.Id).ValueGeneratedNever();
        k.Property(x => x.Name).HasMaxLength(50);
        k.Property(x => x.Prefix).HasMaxLength(12);
        k.Property(x => x.Hash).HasMaxLength(32);
        k.Property(x => x.Scopes).HasJsonConversion();
        k.HasIndex(x => x.Prefix).IsUnique();
        k.HasIndex(x => x.AccountId);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<Beian.Compliance.CaseEvent>
{
    public void Configure(EntityTypeBuilder<Beian.Compliance.CaseEvent> e)
    {
        e.ToTable("case_events");
        e.HasKey(x => x.Sequence);
        e.Property(x => x.Kind).HasMaxLength(16);
        e.HasIndex(x => x.At);
    }
}

internal sealed class ServiceCodeEventConfiguration : IEntityTypeConfiguration<ServiceCodeEvent>
{
    public void Configure(EntityTypeBuilder<ServiceCodeEvent> e)
    {
        e.ToTable("service_code_events");
        e.HasKey(x => x.Sequence);
        e.Property(x => x.State).HasMaxLength(16);
        e.HasIndex(x => x.At);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<Beian.Webhooks.WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<Beian.Webhooks.WebhookSubscription> s)
    {
        s.ToTable("webhook_subscriptions");
        s.Property(x => x.Id).ValueGeneratedNever();
        s.Property(x => x.Url).HasMaxLength(500);
        s.Property(x => x.Events).HasJsonConversion();
        s.Property(x => x.Secret).HasJsonConversion();
        s.Property(x => x.PreviousSecret).HasJsonConversion();
        s.HasIndex(x => x.AccountId);
    }
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<Beian.Webhooks.WebhookEvent>
{
    public void Configure(EntityTypeBuilder<Beian.Webhooks.WebhookEvent> e)
    {
        e.ToTable("webhook_events");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Source).HasMaxLength(16);
        e.Property(x => x.Type).HasMaxLength(40);

        // Written once: a follower on another host, or reading an event again, cannot write it twice; and the follower
        // asks "not written yet?" of this index for each event it reads.
        e.HasIndex(x => new { x.Source, x.SourceSequence, x.SourceId }).IsUnique();
        e.HasIndex(x => new { x.AccountId, x.OccurredAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<Beian.Webhooks.WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<Beian.Webhooks.WebhookDelivery> d)
    {
        d.ToTable("webhook_deliveries");
        d.Property(x => x.Id).ValueGeneratedNever();
        d.Property(x => x.State).HasMaxLength(16);
        d.Property(x => x.LastError).HasMaxLength(300);
        d.HasIndex(x => new { x.EventId, x.SubscriptionId }).IsUnique();
        d.HasIndex(x => new { x.State, x.NextAttemptAt });
        d.HasIndex(x => new { x.SubscriptionId, x.CreatedAt });
    }
}
