using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beian.Web.Data.Sqlite;

// One context type per engine keeps each engine's migrations apart in this assembly (EF Core: "migrations with
// multiple providers"); the rest of the code only ever sees ProviderDb and BureauDb.
public sealed class SqliteProviderDb(DbContextOptions<SqliteProviderDb> options) : ProviderDb(options, StoreKind.Sqlite);

internal sealed class SqliteProviderDbFactory : IDesignTimeDbContextFactory<SqliteProviderDb>
{
    public SqliteProviderDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteProviderDb>();
        options.UseBeianSqlite("Data Source=design.db", ProviderDb.Side);
        return new SqliteProviderDb(options.Options);
    }
}
