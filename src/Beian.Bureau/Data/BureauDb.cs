using Beian.Bureau.Model;
using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Data;

/// <summary>
/// The bureau simulator's database (管局/工信部): the national record, number sequences, applications with their SMS
/// verifications, the MIIT SMS outbox and the message stream to providers; and the other national sources the checks
/// ask (the registrar verification database, the business registry, the identity database, the blacklist), which the
/// provider reaches only through their ports. It shares no table with the provider's database.
/// </summary>
public abstract class BureauDb(DbContextOptions options, StoreKind kind) : DbContext(options)
{
    public const string Side = "bureau";

    public StoreKind Kind { get; } = kind;

    public DbSet<NationalSubject> Subjects => Set<NationalSubject>();

    public DbSet<NationalWebsite> Websites => Set<NationalWebsite>();

    public DbSet<NationalDomain> Domains => Set<NationalDomain>();

    public DbSet<NationalAppFeature> AppFeatures => Set<NationalAppFeature>();

    public DbSet<NumberSequence> Sequences => Set<NumberSequence>();

    public DbSet<NationalRecordEvent> RecordEvents => Set<NationalRecordEvent>();

    public DbSet<BureauApplication> Applications => Set<BureauApplication>();

    public DbSet<SmsChallenge> Challenges => Set<SmsChallenge>();

    public DbSet<BureauMessage> Messages => Set<BureauMessage>();

    public DbSet<MiitSms> Sms => Set<MiitSms>();

    public DbSet<DomainRegistryEntry> DomainRegistry => Set<DomainRegistryEntry>();

    public DbSet<BusinessRegistryEntry> BusinessRegistry => Set<BusinessRegistryEntry>();

    public DbSet<IdentityRegistryEntry> IdentityRegistry => Set<IdentityRegistryEntry>();

    public DbSet<BlacklistEntry> Blacklist => Set<BlacklistEntry>();

    /// <summary>The simulated public DNS (sandbox mode and tests).</summary>
    public DbSet<DnsRecordEntry> DnsRecords => Set<DnsRecordEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        Store.Conventions(configurationBuilder, Kind);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BureauDb).Assembly, t => t.Namespace == typeof(BureauModel).Namespace);
        if (Kind == StoreKind.Postgres)
        {
            // The public query's keyword is a prefix of a name, found by an index range: byte order ("C") makes the
            // range exactly the names that start with it (SQLite compares bytes already).
            modelBuilder.Entity<NationalSubject>().Property(s => s.Name).UseCollation("C");
            modelBuilder.Entity<NationalWebsite>().Property(w => w.Name).UseCollation("C");
        }

        Store.Name(modelBuilder, Kind, Side);
    }
}
