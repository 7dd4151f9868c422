using Beian.PersonalData;
using Beian.Web.Features.Bureau;
using Beian.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beian.Web.Data;

/// <summary>
/// Indexes on columns of complex properties (a sealed value's blind index), which EF Core's model cannot declare: the
/// certificate and mobile look-ups of the basic check, the bureau's checks and SMS verification go by them. Created
/// after the migrations, idempotently, on both engines, from the EF model's table and column names — so they outlive
/// any squash of the migrations (decision 0012).
/// </summary>
public static class ComplexIndexes
{
    private static readonly (Type Entity, string Complex, string Column)[] Provider =
    [
        (typeof(RecordSubject), nameof(RecordSubject.CertificateNumber), nameof(SealedText.Index)),
    ];

    private static readonly (Type Entity, string Complex, string Column)[] Bureau =
    [
        (typeof(NationalSubject), nameof(NationalSubject.CertificateNumber), nameof(SealedText.Index)),
        (typeof(SmsChallenge), nameof(SmsChallenge.Mobile), nameof(SealedText.Index)),
    ];

    public static async Task EnsureAsync(ProviderDb provider, BureauDb bureau, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(bureau);
        await EnsureAsync(provider, Provider, ct);
        await EnsureAsync(bureau, Bureau, ct);
    }

    private static async Task EnsureAsync(DbContext db, IEnumerable<(Type Entity, string Complex, string Column)> indexes, CancellationToken ct)
    {
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
