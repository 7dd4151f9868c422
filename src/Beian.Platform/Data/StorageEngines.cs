using Microsoft.EntityFrameworkCore;

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
