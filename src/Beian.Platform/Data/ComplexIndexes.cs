using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beian.Platform.Data;

/// <summary>
/// Indexes on columns of complex properties (a sealed value's blind index), which EF Core's model cannot declare: the
/// certificate and mobile look-ups of the basic check, the bureau's checks and SMS verification go by them. Each side
/// lists its own and creates them after its migrations, idempotently, on both engines, from the EF model's table and
/// column names — so they outlive any squash of the migrations (decision 0012).
/// </summary>
public static class ComplexIndexes
{
    /// <summary>Creates or upgrades one side's schema, then its indexes on complex properties.</summary>
    public static async Task MigrateAsync<TContext>(IServiceProvider services, IEnumerable<(Type Entity, string Complex, string Column)> indexes, CancellationToken ct)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(ct);
        await EnsureAsync(db, indexes, ct);
    }

    /// <summary>Creates each index (entity type, complex property, column of the complex type) that does not exist yet.</summary>
    public static async Task EnsureAsync(DbContext db, IEnumerable<(Type Entity, string Complex, string Column)> indexes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(indexes);
        foreach (var (type, complex, column) in indexes)
        {
            var entity = db.Model.FindEntityType(type)!;
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var name = entity.FindComplexProperty(complex)!.ComplexType.FindProperty(column)!.GetColumnName(store)!;
            var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{store.Name}\"" : $"\"{store.Name}\"";
            var index = $"IX_{store.Name}_{name}";
#pragma warning disable EF1002 // names come from the model, not from input
            await db.Database.ExecuteSqlRawAsync($"CREATE INDEX IF NOT EXISTS \"{index}\" ON {table} (\"{name}\")", ct);
#pragma warning restore EF1002
        }
    }
}
