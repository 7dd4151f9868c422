using Beian.PersonalData;
using Beian.Platform.Data;
using Beian.Records;

namespace Beian.Web.Data;

public static class StorageSetup
{
    /// <summary>The provider's indexes on sealed values' blind indexes (decision 0012).</summary>
    private static readonly (Type Entity, string Complex, string Column)[] Indexes =
    [
        (typeof(RecordSubject), nameof(RecordSubject.CertificateNumber), nameof(SealedText.Index)),
    ];

    /// <summary>Registers <see cref="ProviderDb"/> on the configured engine.</summary>
    public static IServiceCollection AddBeianStorage(this IServiceCollection services, StorageOptions storage, string dataFolder) =>
        services.AddBeianContext<ProviderDb, SqliteProviderDb, PostgresProviderDb>(storage, dataFolder, ProviderDb.Side);

    /// <summary>Creates or upgrades the provider's schema.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken ct) =>
        ComplexIndexes.MigrateAsync<ProviderDb>(services, Indexes, ct);
}
