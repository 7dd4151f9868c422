using System.Security.Cryptography;
using System.Text.Json;
using Beian.PersonalData;

namespace Beian.Web.Infrastructure;

/// <summary>Where the personal-data keys come from: the section <c>PersonalData</c> of the configuration.</summary>
public sealed class PersonalDataOptions
{
    /// <summary>The key new values are sealed with.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>AES-256 keys by id, base64; keep old ones after a rotation until every value is re-sealed.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The blind-index HMAC key, base64.</summary>
    public string? IndexKey { get; set; }
}

public static class PersonalDataSetup
{
    /// <summary>
    /// Keys come from configuration. Without them (the demo), a key file is generated once in the data folder and
    /// kept, so that a restart can still read what it sealed.
    /// </summary>
    public static PersonalDataProtector CreateProtector(PersonalDataOptions options, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CurrentKeyId is null || options.IndexKey is null || options.Keys.Count == 0)
        {
            options = LoadOrCreateKeyFile(Path.Combine(dataFolder, "personal-data-keys.json"));
        }

        var keys = options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        return new PersonalDataProtector(new PersonalDataKeys(options.CurrentKeyId!, keys, Convert.FromBase64String(options.IndexKey!)));
    }

    private static PersonalDataOptions LoadOrCreateKeyFile(string path)
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<PersonalDataOptions>(File.ReadAllText(path))!;
        }

        var generated = new PersonalDataOptions
        {
            CurrentKeyId = "k1",
            Keys = new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            IndexKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(generated));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return generated;
    }
}
