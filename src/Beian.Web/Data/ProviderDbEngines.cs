using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Data;

// One context type per engine keeps each engine's migrations apart in this assembly (EF Core: "migrations with
// multiple providers"); the rest of the code only ever sees ProviderDb.
public sealed class SqliteProviderDb(DbContextOptions<SqliteProviderDb> options) : ProviderDb(options, StoreKind.Sqlite);

public sealed class PostgresProviderDb(DbContextOptions<PostgresProviderDb> options) : ProviderDb(options, StoreKind.Postgres);

internal sealed class SqliteProviderDbFactory() : DesignTimeContext<SqliteProviderDb>(StoreKind.Sqlite, ProviderDb.Side, o => new(o));

internal sealed class PostgresProviderDbFactory() : DesignTimeContext<PostgresProviderDb>(StoreKind.Postgres, ProviderDb.Side, o => new(o));
