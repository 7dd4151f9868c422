using Beian.PersonalData;
using Beian.Platform.Data;
using Beian.Web.Data.Postgres;
using Beian.Web.Data.Sqlite;
using Beian.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beian.Web.Data;

public static class StorageSetup
{
    /// <summary>The provider's indexes on sealed values' blind indexes (decision 0012).</summary>
    private static readonly (Type Entity, string Complex, string Column)[] Indexes =
    [
        (typeof(RecordSubject), nameof(RecordSubject.CertificateNumber), nameof(SealedText.Index)),
    ];

    /// <summary>
    /// Registers <see cref="ProviderDb"/> on the configured engine, with any EF interceptors the host registered (the
    /// plan tests record every statement this way). The context is pooled: making one per request cost about a quarter
    /// of an uncached public query (pooled, it answers some 30 % more requests a second).
    /// </summary>
    public static IServiceCollection AddBeianStorage(this IServiceCollection services, StorageOptions storage, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var cs = storage.ConnectionFor(dataFolder);
        if (storage.Provider == StoreKind.Postgres)
        {
            services.AddDbContextPool<ProviderDb, PostgresProviderDb>((sp, o) => o.UseBeianPostgres(cs, ProviderDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            StorageEngines.PrivateDatabaseFile(cs);
            services.AddDbContextPool<ProviderDb, SqliteProviderDb>((sp, o) => o.UseBeianSqlite(cs, ProviderDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        return services;
    }

    /// <summary>Creates or upgrades the provider's schema.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        await provider.Database.MigrateAsync(ct);
        await ComplexIndexes.EnsureAsync(provider, Indexes, ct);
    }
}
