using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Platform.Data;

/// <summary>
/// What <c>dotnet ef</c> builds a side's context with when it adds a migration for one engine (no host runs then):
/// the engine's conventions and the side's migrations table, on a connection that is never opened.
/// </summary>
public abstract class DesignTimeContext<TContext>(StoreKind kind, string side, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        _ = kind == StoreKind.Postgres ? options.UseBeianPostgres("Host=localhost", side) : options.UseBeianSqlite("Data Source=design.db", side);
        return create(options.Options);
    }
}
