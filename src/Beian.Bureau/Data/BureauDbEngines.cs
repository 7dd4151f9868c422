using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Data;

// One context type per engine keeps each engine's migrations apart (EF Core: "migrations with multiple providers");
// the rest of the simulator only ever sees BureauDb.
public sealed class SqliteBureauDb(DbContextOptions<SqliteBureauDb> options) : BureauDb(options, StoreKind.Sqlite);

public sealed class PostgresBureauDb(DbContextOptions<PostgresBureauDb> options) : BureauDb(options, StoreKind.Postgres);

internal sealed class SqliteBureauDbFactory() : DesignTimeContext<SqliteBureauDb>(StoreKind.Sqlite, BureauDb.Side, o => new(o));

internal sealed class PostgresBureauDbFactory() : DesignTimeContext<PostgresBureauDb>(StoreKind.Postgres, BureauDb.Side, o => new(o));
