using Beian.Bureau.Data;
using Beian.Bureau.Dns;
using Beian.Bureau.Miit;
using Beian.Bureau.Model;
using Beian.Bureau.Registries;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Ports;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beian.Bureau.Hosting;

/// <summary>
/// How a host composes the simulator of MIIT, the bureaus and the national sources (decision 0001): its database, its
/// use cases behind the ports, its sweep steps, its API. The pages come with the assembly.
/// </summary>
public static class BureauSimulatorSetup
{
    /// <summary>The simulator's indexes on sealed values' blind indexes (decision 0012).</summary>
    private static readonly (Type Entity, string Complex, string Column)[] Indexes =
    [
        (typeof(NationalSubject), nameof(NationalSubject.CertificateNumber), nameof(SealedText.Index)),
        (typeof(SmsChallenge), nameof(SmsChallenge.Mobile), nameof(SealedText.Index)),
    ];

    /// <summary>
    /// Registers the simulator. Its sweep steps (SMS windows, automatic review, housekeeping) are added here, so they
    /// run where this is called in the host's list of steps. A live DNS client registered by the host wins over the
    /// simulated DNS.
    /// </summary>
    public static IServiceCollection AddBureauSimulator(this IServiceCollection services, IConfiguration config, StorageOptions storage, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(storage);
        services.Configure<BureauOptions>(config.GetSection("Bureau"));
        services.AddBeianContext<BureauDb, SqliteBureauDb, PostgresBureauDb>(storage, dataFolder, BureauDb.Side);
        services.AddScoped<IBureauGateway, BureauSimulatorGateway>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<BureauOutbound>();
        services.AddScoped<NumberAllocator>();
        services.AddScoped<BureauDecisions>();
        services.AddScoped<BureauReview>();
        services.AddScoped<RecordChanges>();
        services.AddScoped<BureauHousekeeping>();
        services.AddScoped<RecordReclaim>();
        services.AddScoped<BureauChecks>();
        services.AddScoped<AutomaticReview>();
        services.AddScoped<SmsVerification>();
        services.AddScoped<NationalQuery>();
        services.AddSingleton<PublicQueryCache>();
        services.AddScoped<PublicRecordQuery>();

        // The national sources the checks ask, simulated behind their ports.
        services.AddScoped<RegistrySimulators>();
        services.AddScoped<IDomainRegistry>(sp => sp.GetRequiredService<RegistrySimulators>());
        services.AddScoped<IBusinessRegistry>(sp => sp.GetRequiredService<RegistrySimulators>());
        services.AddScoped<IIdentityCheck>(sp => sp.GetRequiredService<RegistrySimulators>());
        services.AddSingleton<ISandboxCamera, SandboxCamera>();
        services.AddScoped<IPhoneDirectory>(sp => sp.GetRequiredService<RegistrySimulators>());
        services.AddScoped<RegistryFixtures>();
        services.TryAddScoped<IDnsResolver, DnsSimulator>();

        // Its pages say who may open them: the bureau operator's queue, and the admin's registry import (MIIT's pages
        // are open to anyone, by their own attribute).
        services.Configure<RazorPagesOptions>(o => o.Conventions
            .AuthorizeFolder("/Bureau", Roles.PagePolicy(Roles.Bureau))
            .AuthorizePage("/Admin/Registries", Roles.PagePolicy(Roles.Admin)));

        services.AddSweepStep<SmsVerification>((s, ct) => s.ReturnOverdueAsync(ct));
        services.AddSweepStep<AutomaticReview>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<BureauHousekeeping>((s, ct) => s.RunAsync(ct));
        return services;
    }

    /// <summary>The simulator's API: the bureau operator's review and MIIT's SMS verification and public query.</summary>
    public static RouteGroupBuilder MapBureauSimulator(this RouteGroupBuilder api) => api.MapBureau().MapMiit();

    /// <summary>Creates or upgrades the simulator's schema.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        ComplexIndexes.MigrateAsync<BureauDb>(services, Indexes, ct);
}
