using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beian.Platform.Data;

/// <summary>Which database engine a context runs on.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// What differs between the engines. Both sides live in one database: PostgreSQL keeps them in the schemas
/// <c>provider</c> and <c>bureau</c>; SQLite has no schemas, so their tables carry the side as a prefix.
/// </summary>
public static class Store
{
    public static void Name(ModelBuilder model, StoreKind kind, string side)
    {
        if (kind == StoreKind.Postgres)
        {
            model.HasDefaultSchema(side);
            return;
        }

        foreach (var entity in model.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            entity.SetTableName(side + "_" + entity.GetTableName());
        }
    }

    public static void Conventions(ModelConfigurationBuilder conventions, StoreKind kind)
    {
        // Enums read better as text in the database and survive reordering of members.
        conventions.Properties<Enum>().HaveConversion<string>();
        if (kind == StoreKind.Sqlite)
        {
            // SQLite has no date type: an integer keeps comparisons and ordering in SQL (all instants are UTC).
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public static string HistoryTable(StoreKind kind, string side) =>
        kind == StoreKind.Postgres ? "__ef_migrations" : side + "___ef_migrations";
}
