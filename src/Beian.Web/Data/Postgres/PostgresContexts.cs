using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Web.Data.Postgres;

public sealed class PostgresProviderDb(DbContextOptions<PostgresProviderDb> options) : ProviderDb(options, StoreKind.Postgres);

internal sealed class PostgresProviderDbFactory : IDesignTimeDbContextFactory<PostgresProviderDb>
{
    public PostgresProviderDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresProviderDb>();
        options.UseBeianPostgres("Host=localhost", ProviderDb.Side);
        return new PostgresProviderDb(options.Options);
    }
}
