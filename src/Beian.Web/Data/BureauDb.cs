using Beian.Web.Data.Bureau;
using Beian.Web.Features.Bureau;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Data;

/// <summary>
/// The bureau simulator's database (管局/工信部): the national record, number sequences, applications with their SMS
/// verifications, the MIIT SMS outbox and the message stream to providers. It shares no table with
/// <see cref="ProviderDb"/>.
/// </summary>
public abstract class BureauDb(DbContextOptions options, StoreKind kind) : DbContext(options)
{
    public const string Side = "bureau";

    public StoreKind Kind { get; } = kind;

    public DbSet<NationalSubject> Subjects => Set<NationalSubject>();

    public DbSet<NationalWebsite> Websites => Set<NationalWebsite>();

    public DbSet<NationalDomain> Domains => Set<NationalDomain>();

    public DbSet<NumberSequence> Sequences => Set<NumberSequence>();

    public DbSet<NationalRecordEvent> RecordEvents => Set<NationalRecordEvent>();

    public DbSet<BureauApplication> Applications => Set<BureauApplication>();

    public DbSet<SmsChallenge> Challenges => Set<SmsChallenge>();

    public DbSet<BureauMessage> Messages => Set<BureauMessage>();

    public DbSet<MiitSms> Sms => Set<MiitSms>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        Store.Conventions(configurationBuilder, Kind);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BureauDb).Assembly, t => t.Namespace == typeof(BureauModel).Namespace);
        Store.Name(modelBuilder, Kind, Side);
    }
}
