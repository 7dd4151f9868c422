using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Web.Data.Postgres;

public sealed class PostgresProviderDb(DbContextOptions<PostgresProviderDb> options) : ProviderDb(options, StoreKind.Postgres);

public sealed class PostgresBureauDb(DbContextOptions<PostgresBureauDb> options) : BureauDb(options, StoreKind.Postgres);

internal sealed class PostgresProviderDbFactory : IDesignTimeDbContextFactory<PostgresProviderDb>
{
    public PostgresProviderDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresProviderDb>();
        options.UseBeianPostgres("Host=localhost", ProviderDb.Side);
        return new PostgresProviderDb(options.Options);
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
