using Beian.PersonalData;
using Beian.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Beian.Web.Infrastructure.Keys;

/// <summary>The platform's keys: personal data sealed by one set, the sign-in key ring encrypted at rest by another.</summary>
public static class KeySetup
{
    public static IServiceCollection AddBeianKeys(this IServiceCollection services, IConfiguration configuration, string dataFolder, bool sandbox)
    {
        var personal = KeyFiles.Load(configuration.GetSection("PersonalData").Get<PersonalDataOptions>() ?? new PersonalDataOptions(), dataFolder, sandbox, KeyFiles.PersonalDataFile, "PersonalData");
        if (personal.IndexKey is null)
        {
            throw new InvalidOperationException("PersonalData:IndexKey is missing: the blind index cannot be computed without it.");
        }

        services.AddSingleton(new PersonalDataProtector(new PersonalDataKeys(
            personal.CurrentKeyId!,
            personal.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)),
            Convert.FromBase64String(personal.IndexKey))));

        var ring = new KeyRingKeys(KeyFiles.Load(configuration.GetSection("DataProtection").Get<KeyRingOptions>() ?? new KeyRingOptions(), dataFolder, sandbox, KeyFiles.KeyRingFile, "DataProtection"));
        services.AddSingleton(ring);

        // Sign-in cookies and tokens must survive restarts and be readable by every host: the key ring lives in the
        // database, each key encrypted under the key-encryption key, which does not.
        services.AddDataProtection().SetApplicationName("Beian").PersistKeysToDbContext<ProviderDb>();
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeyRingEncryptor(ring));
        return services;
    }
}
