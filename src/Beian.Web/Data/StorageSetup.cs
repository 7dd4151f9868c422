using Beian.Web.Data.Postgres;
using Beian.Web.Data.Sqlite;
using Beian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beian.Web.Data;

/// <summary>Storage settings: the section <c>Storage</c> of the configuration.</summary>
public sealed class StorageOptions
{
    /// <summary>sqlite (the embedded default) or postgres.</summary>
    public StoreKind Provider { get; set; } = StoreKind.Sqlite;

    /// <summary>The connection string; for SQLite the default is a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <remarks>
/// A list in a query (<c>numbers.Contains(x)</c>) travels as one array parameter (SQLite json_each, PostgreSQL ANY):
/// the inspections ask about hundreds of numbers at a time, and one scalar parameter per element both hits SQLite's
/// parameter limit and costs EF a quadratic naming pass per query (90 ms for a batch of 500 in bench/compliance.sh).
/// </remarks>
public static class StorageSetup
{
    public static DbContextOptionsBuilder UseBeianSqlite(this DbContextOptionsBuilder builder, string connectionString, string side) =>
        builder.UseSqlite(connectionString, o => o
            .MigrationsHistoryTable(Store.HistoryTable(StoreKind.Sqlite, side))
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
        .AddInterceptors(MemoryMappedReads.Instance);

    public static DbContextOptionsBuilder UseBeianPostgres(this DbContextOptionsBuilder builder, string connectionString, string side) =>
        builder.UseNpgsql(connectionString, o => o
            .MigrationsHistoryTable(Store.HistoryTable(StoreKind.Postgres, side), side)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
            .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    /// <summary>
    /// Registers <see cref="ProviderDb"/> and <see cref="BureauDb"/> on the configured engine, with any EF interceptors
    /// the host registered (the plan tests record every statement this way). The contexts are pooled: making one per
    /// request cost about a quarter of an uncached public query (pooled, it answers some 30 % more requests a second).
    /// </summary>
    public static IServiceCollection AddBeianStorage(this IServiceCollection services, StorageOptions storage, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider == StoreKind.Postgres)
        {
            var cs = storage.ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL.");
            services.AddDbContextPool<ProviderDb, PostgresProviderDb>((sp, o) => o.UseBeianPostgres(cs, ProviderDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddDbContextPool<BureauDb, PostgresBureauDb>((sp, o) => o.UseBeianPostgres(cs, BureauDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else
        {
            var cs = storage.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "beian.db")}";
            PrivateDatabaseFile(cs);
            services.AddDbContextPool<ProviderDb, SqliteProviderDb>((sp, o) => o.UseBeianSqlite(cs, ProviderDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddDbContextPool<BureauDb, SqliteBureauDb>((sp, o) => o.UseBeianSqlite(cs, BureauDb.Side).AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        return services;
    }

    /// <summary>
    /// The SQLite file is created (or made) readable by the service user only before SQLite opens it; SQLite gives its
    /// journal and WAL files the database file's permissions.
    /// </summary>
    private static void PrivateDatabaseFile(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || path.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        if (!File.Exists(path))
        {
            FileModes.CreatePrivateFile(path).Dispose();
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            FileModes.MakePrivate(file);
        }
    }

    /// <summary>Creates or upgrades both sides' schemas.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var bureau = scope.ServiceProvider.GetRequiredService<BureauDb>();
        await provider.Database.MigrateAsync(ct);
        await bureau.Database.MigrateAsync(ct);
        await ComplexIndexes.EnsureAsync(provider, bureau, ct);
    }
}
