using Beian.Bureau.Model;
using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beian.Bureau.Data;

/// <summary>Marks the namespace of the bureau's entity configurations.</summary>
internal static class BureauModel
{
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<NationalSubject>
{
    public void Configure(EntityTypeBuilder<NationalSubject> s)
    {
        s.ToTable("subjects");
        s.HasIndex(x => x.IcpNumber).IsUnique();
        s.HasIndex(x => x.Name);
        s.ComplexProperty(x => x.CertificateNumber, c => c.Property(p => p.Index).HasColumnName("CertificateIndex"));
        s.Property(x => x.Principal).HasJsonConversion();
        s.HasIndex(x => x.PrincipalCertificateIndex);
        s.HasIndex(x => x.PrincipalMobileIndex);
        s.HasMany(x => x.Websites).WithOne(w => w.Subject).HasForeignKey(w => w.SubjectId);
    }
}

internal sealed class WebsiteConfiguration : IEntityTypeConfiguration<NationalWebsite>
{
    public void Configure(EntityTypeBuilder<NationalWebsite> w)
    {
        w.ToTable("websites");
        w.HasIndex(x => x.IcpNumber).IsUnique();
        w.HasIndex(x => x.Name);
        w.Property(x => x.Principal).HasJsonConversion();
        w.HasIndex(x => x.PrincipalCertificateIndex);
        w.HasIndex(x => x.PrincipalMobileIndex);
        w.Property(x => x.Providers).HasJsonConversion();
        w.Property(x => x.FormerProviders).HasJsonConversion();
        w.Property(x => x.App).HasJsonConversion();
        w.HasIndex(x => x.NameKey);
        w.HasIndex(x => x.DataId);
        w.HasMany(x => x.Domains).WithOne().HasForeignKey(d => d.WebsiteId);
        w.HasMany(x => x.Features).WithOne().HasForeignKey(f => f.WebsiteId);
    }
}

internal sealed class DomainConfiguration : IEntityTypeConfiguration<NationalDomain>
{
    public void Configure(EntityTypeBuilder<NationalDomain> d)
    {
        d.ToTable("domains");
        d.HasKey(x => new { x.Domain, x.WebsiteId });
        d.HasIndex(x => x.WebsiteId);
    }
}

internal sealed class AppFeatureConfiguration : IEntityTypeConfiguration<NationalAppFeature>
{
    public void Configure(EntityTypeBuilder<NationalAppFeature> f)
    {
        f.ToTable("app_features");
        f.HasKey(x => new { x.Key, x.WebsiteId });
        f.HasIndex(x => x.WebsiteId);
    }
}

internal sealed class SequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> s)
    {
        s.ToTable("number_sequences");
        s.HasKey(x => new { x.ProvinceCode, x.Year });
    }
}

internal sealed class RecordEventConfiguration : IEntityTypeConfiguration<NationalRecordEvent>
{
    public void Configure(EntityTypeBuilder<NationalRecordEvent> e)
    {
        e.ToTable("record_events");
        e.HasKey(x => x.Sequence);
    }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<BureauApplication>
{
    public void Configure(EntityTypeBuilder<BureauApplication> a)
    {
        a.ToTable("applications");
        a.HasKey(x => x.Id);
        a.Property(x => x.Id).HasMaxLength(64);
        a.Property(x => x.Data).HasJsonConversion();
        a.Property(x => x.Rejections).HasJsonConversion();
        a.Property(x => x.Version).IsConcurrencyToken();
        a.HasIndex(x => new { x.State, x.SmsDeadline });
        a.HasIndex(x => new { x.State, x.ReviewDueAt });
        a.HasIndex(x => x.SubjectCertificateIndex);
        a.Property(x => x.SubjectCertificateIndex).HasMaxLength(64);
        a.HasMany(x => x.Challenges).WithOne().HasForeignKey(c => c.ApplicationId);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<SmsChallenge>
{
    public void Configure(EntityTypeBuilder<SmsChallenge> c)
    {
        c.ToTable("sms_challenges");
        c.ComplexProperty(x => x.Mobile, m => m.Property(p => p.Index).HasColumnName("MobileIndex"));
        c.ComplexProperty(x => x.CertificateNumber);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<BureauMessage>
{
    public void Configure(EntityTypeBuilder<BureauMessage> m)
    {
        m.ToTable("provider_messages");
        m.HasKey(x => x.Sequence);
        m.HasIndex(x => new { x.ProviderId, x.Sequence });
    }
}

internal sealed class SmsConfiguration : IEntityTypeConfiguration<MiitSms>
{
    public void Configure(EntityTypeBuilder<MiitSms> s)
    {
        s.ToTable("sms_outbox");
        s.Property(x => x.Id).ValueGeneratedNever();
        s.ComplexProperty(x => x.To);
    }
}

internal sealed class DomainRegistryConfiguration : IEntityTypeConfiguration<DomainRegistryEntry>
{
    public void Configure(EntityTypeBuilder<DomainRegistryEntry> d)
    {
        d.ToTable("registry_domains");
        d.HasKey(x => x.Domain);
        d.ComplexProperty(x => x.HolderCertificateNumber);
    }
}

internal sealed class BusinessRegistryConfiguration : IEntityTypeConfiguration<BusinessRegistryEntry>
{
    public void Configure(EntityTypeBuilder<BusinessRegistryEntry> b)
    {
        b.ToTable("registry_businesses");
        b.HasKey(x => x.CreditCode);
        b.HasIndex(x => x.Name);
    }
}

internal sealed class IdentityRegistryConfiguration : IEntityTypeConfiguration<IdentityRegistryEntry>
{
    public void Configure(EntityTypeBuilder<IdentityRegistryEntry> i)
    {
        i.ToTable("registry_identities");
        i.HasKey(x => x.NumberIndex);
    }
}

internal sealed class BlacklistConfiguration : IEntityTypeConfiguration<BlacklistEntry>
{
    public void Configure(EntityTypeBuilder<BlacklistEntry> b)
    {
        b.ToTable("blacklist");
        b.HasIndex(x => new { x.Kind, x.Value }).IsUnique();
    }
}

internal sealed class DnsRecordConfiguration : IEntityTypeConfiguration<DnsRecordEntry>
{
    public void Configure(EntityTypeBuilder<DnsRecordEntry> d)
    {
        d.ToTable("registry_dns");
        d.HasKey(x => x.Name);
        d.Property(x => x.Addresses).HasJsonConversion();
    }
}
