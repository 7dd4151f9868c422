using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Web.Data;

// One context type per engine keeps each engine's migrations apart in this assembly (EF Core: "migrations with
// multiple providers"); the rest of the code only ever sees ProviderDb.
public sealed class SqliteProviderDb(DbContextOptions<SqliteProviderDb> options) : ProviderDb(options, StoreKind.Sqlite);

public sealed class PostgresProviderDb(DbContextOptions<PostgresProviderDb> options) : ProviderDb(options, StoreKind.Postgres);

internal sealed class SqliteProviderDbFactory : IDesignTimeDbContextFactory<SqliteProviderDb>
{
    public SqliteProviderDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteProviderDb>();
        options.UseBeianSqlite("Data Source=design.db", ProviderDb.Side);
        return new SqliteProviderDb(options.Options);
    }
}

internal sealed class PostgresProviderDbFactory : IDesignTimeDbContextFactory<PostgresProviderDb>
{
    public PostgresProviderDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresProviderDb>();
        options.UseBeianPostgres("Host=localhost", ProviderDb.Side);
        return new PostgresProviderDb(options.Options);
    }
}
