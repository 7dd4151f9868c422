using Beian.Bureau.Data;
using Beian.Platform.Data;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Tests.Data;

public class MigrationTests
{
    public static TheoryData<string> Contexts => ["SqliteProviderDb", "SqliteBureauDb", "PostgresProviderDb", "PostgresBureauDb"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void EveryModelChange_HasItsMigration(string context)
    {
        using DbContext db = context switch
        {
            "SqliteProviderDb" => new SqliteProviderDb(Options<SqliteProviderDb>(b => b.UseBeianSqlite("Data Source=:memory:", ProviderDb.Side))),
            "SqliteBureauDb" => new SqliteBureauDb(Options<SqliteBureauDb>(b => b.UseBeianSqlite("Data Source=:memory:", BureauDb.Side))),
            "PostgresProviderDb" => new PostgresProviderDb(Options<PostgresProviderDb>(b => b.UseBeianPostgres("Host=localhost", ProviderDb.Side))),
            _ => new PostgresBureauDb(Options<PostgresBureauDb>(b => b.UseBeianPostgres("Host=localhost", BureauDb.Side))),
        };
        Assert.False(db.Database.HasPendingModelChanges(), $"Run scripts/add-migration.sh: {context} has model changes without a migration.");
    }

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder> configure)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }
}
