using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beian.Platform.Data;

/// <summary>Storage settings: the section <c>Storage</c> of the configuration.</summary>
public sealed class StorageOptions
{
    /// <summary>sqlite (the embedded default) or postgres.</summary>
    public StoreKind Provider { get; set; } = StoreKind.Sqlite;

    /// <summary>The connection string; for SQLite the default is a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The connection string in use: the configured one, or for SQLite the file in the data folder.</summary>
    public string ConnectionFor(string dataFolder) => Provider == StoreKind.Postgres
        ? ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL.")
        : ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "beian.db")}";
}

/// <summary>
/// How every context of either side is set up on each engine: its own migrations history, split queries, and a list
/// in a query (<c>numbers.Contains(x)</c>) as one array parameter (SQLite json_each, PostgreSQL ANY) — the inspections
/// ask about hundreds of numbers at a time, and one scalar parameter per element both hits SQLite's parameter limit and
/// costs EF a quadratic naming pass per query (90 ms for a batch of 500 in bench/compliance.sh).
/// </summary>
public static class StorageEngines
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
    /// Registers one side's context on the configured engine (its subclass per engine keeps each engine's migrations
    /// apart), with any EF interceptors the host registered (the plan tests record every statement this way). Contexts
    /// are pooled: making one per request cost about a quarter of an uncached public query (pooled, it answers some 30 %
    /// more requests a second).
    /// </summary>
    public static IServiceCollection AddBeianContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, StorageOptions storage, string dataFolder, string side)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        ArgumentNullException.ThrowIfNull(storage);
        var cs = storage.ConnectionFor(dataFolder);
        if (storage.Provider == StoreKind.Postgres)
        {
            return services.AddDbContextPool<TContext, TPostgres>((sp, o) => o.UseBeianPostgres(cs, side).AddInterceptors(sp.GetServices<IInterceptor>()));
        }

        PrivateDatabaseFile(cs);
        return services.AddDbContextPool<TContext, TSqlite>((sp, o) => o.UseBeianSqlite(cs, side).AddInterceptors(sp.GetServices<IInterceptor>()));
    }

    /// <summary>
    /// The SQLite file is created (or made) readable by the service user only before SQLite opens it; SQLite gives its
    /// journal and WAL files the database file's permissions.
    /// </summary>
    public static void PrivateDatabaseFile(string connectionString)
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
}
