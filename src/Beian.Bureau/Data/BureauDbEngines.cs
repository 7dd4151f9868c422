using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Bureau.Data;

// One context type per engine keeps each engine's migrations apart (EF Core: "migrations with multiple providers");
// the rest of the simulator only ever sees BureauDb.
public sealed class SqliteBureauDb(DbContextOptions<SqliteBureauDb> options) : BureauDb(options, StoreKind.Sqlite);

public sealed class PostgresBureauDb(DbContextOptions<PostgresBureauDb> options) : BureauDb(options, StoreKind.Postgres);

internal sealed class SqliteBureauDbFactory : IDesignTimeDbContextFactory<SqliteBureauDb>
{
    public SqliteBureauDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteBureauDb>();
        options.UseBeianSqlite("Data Source=design.db", BureauDb.Side);
        return new SqliteBureauDb(options.Options);
    }
}

internal sealed class PostgresBureauDbFactory : IDesignTimeDbContextFactory<PostgresBureauDb>
{
    public PostgresBureauDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresBureauDb>();
        options.UseBeianPostgres("Host=localhost", BureauDb.Side);
        return new PostgresBureauDb(options.Options);
    }
}
