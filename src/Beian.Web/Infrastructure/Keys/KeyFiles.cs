using System.Security.Cryptography;
using System.Text.Json;
using Beian.Platform;

namespace Beian.Web.Infrastructure.Keys;

/// <summary>A set of keys by id, the current one sealing: the JSON of a key file, or a configuration section.</summary>
public class KeySet
{
    /// <summary>The key new values are sealed with.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>AES-256 keys by id, base64; keep old ones after a rotation until every value is re-sealed.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>A file (outside the data folder, readable by the service user only) that holds the keys instead.</summary>
    public string? KeyFile { get; set; }

    public bool IsComplete => CurrentKeyId is not null && Keys.ContainsKey(CurrentKeyId);
}

/// <summary>The personal-data keys: the section <c>PersonalData</c>.</summary>
public sealed class PersonalDataOptions : KeySet
{
    /// <summary>The blind-index HMAC key, base64. It does not rotate: a new one would mean re-indexing every row.</summary>
    public string? IndexKey { get; set; }
}

/// <summary>The keys that encrypt the sign-in key ring at rest (key-encryption keys): the section <c>DataProtection</c>.</summary>
public sealed class KeyRingOptions : KeySet;

/// <summary>
/// Where keys come from. Outside sandbox: from configuration (values, or a key file outside the data folder that
/// others cannot read), or the platform does not start. In sandbox, without configuration, they are generated once
/// into the data folder so that a restart reads what it sealed.
/// </summary>
public static class KeyFiles
{
    public const string PersonalDataFile = "personal-data-keys.json";
    public const string KeyRingFile = "key-ring-keys.json";

    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static T Load<T>(T configured, string dataFolder, bool sandbox, string generatedName, string section)
        where T : KeySet, new()
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (configured.KeyFile is { Length: > 0 } file)
        {
            var path = FileModes.RealPath(file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{section}:KeyFile {path} does not exist. Create it with `-- keys init <folder>`.");
            }

            if (!sandbox && IsInside(path, dataFolder))
            {
                throw new InvalidOperationException($"{section}:KeyFile {path} lies in the data folder: keys must live apart from the data they protect.");
            }

            if (FileModes.IsOpenToOthers(path))
            {
                throw new InvalidOperationException($"{section}:KeyFile {path} is open to other users: chmod 600 it, in a folder only its owner may write to (chmod 700).");
            }

            var fromFile = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Indented) ?? new T();
            return fromFile.IsComplete ? fromFile : throw new InvalidOperationException($"{section}:KeyFile {path} has no current key.");
        }

        if (configured.IsComplete)
        {
            return configured;
        }

        if (!sandbox)
        {
            throw new InvalidOperationException(
                $"Outside sandbox the {section} keys must be configured: create key files with `dotnet run --project src/Beian.Web -- keys init /etc/beian` and set {section}:KeyFile (see docs/security.md).");
        }

        return LoadOrCreate<T>(Path.Combine(dataFolder, generatedName));
    }

    /// <summary>Writes new key files for a deployment into <paramref name="folder"/> (0700, files 0600).</summary>
    public static IReadOnlyList<string> Init(string folder)
    {
        FileModes.CreatePrivateFolder(folder);
        var personal = Path.Combine(folder, PersonalDataFile);
        var ring = Path.Combine(folder, KeyRingFile);
        if (File.Exists(personal) || File.Exists(ring))
        {
            throw new InvalidOperationException($"Key files already exist in {folder}: `keys next` adds a new current key to them.");
        }

        Write(personal, NewSet<PersonalDataOptions>(s => s.IndexKey = NewKey()));
        Write(ring, NewSet<KeyRingOptions>(_ => { }));
        return [personal, ring];
    }

    /// <summary>Adds a new current key to a key file, keeping the old ones for reading until <c>keys rotate</c> has run.</summary>
    public static string Next(string path)
    {
        // As JSON, so that whatever else the file holds (the index key) stays as it is.
        var set = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var keys = set["keys"]!.AsObject();
        var id = "k" + (keys.Count + 1);
        while (keys.ContainsKey(id))
        {
            id += "x";
        }

        keys[id] = NewKey();
        set["currentKeyId"] = id;
        var temporary = path + ".new";
        File.Delete(temporary);
        using (var writer = new StreamWriter(FileModes.CreatePrivateFile(temporary)))
        {
            writer.Write(set.ToJsonString(Indented));
        }

        File.Move(temporary, path, overwrite: true);
        return id;
    }

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static T LoadOrCreate<T>(string path)
        where T : KeySet, new()
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Indented)!;
        }

        var generated = NewSet<T>(s =>
        {
            if (s is PersonalDataOptions p)
            {
                p.IndexKey = NewKey();
            }
        });
        Write(path, generated);
        return generated;
    }

    private static T NewSet<T>(Action<T> more)
        where T : KeySet, new()
    {
        var set = new T { CurrentKeyId = "k1", Keys = new() { ["k1"] = NewKey() } };
        more(set);
        return set;
    }

    private static void Write<T>(string path, T set)
    {
        using var writer = new StreamWriter(FileModes.CreatePrivateFile(path));
        writer.Write(JsonSerializer.Serialize(set, Indented));
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(FileModes.RealPath(folder), path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
