using System.Globalization;
using System.Text;
using Beian.Gate;

namespace Beian.Gateway;

/// <summary>
/// The files nginx's own gate reads from the gateway's folder: the base map (<c>domains.map</c>), its generation
/// (<c>generation.map</c>) and the overlay nginx loads when it starts cold (<c>overlay.tsv</c>). Each is written beside
/// and then renamed over the old one, so nginx never reads half a file.
/// </summary>
public static class NginxFiles
{
    public const string MapFile = "domains.map";
    public const string GenerationFile = "generation.map";
    public const string OverlayFile = "overlay.tsv";
    public const string ControlKeyFile = "control.key";

    /// <summary>The header that carries the control key on a push.</summary>
    public const string ControlKeyHeader = "X-Beian-Gate-Key";

    /// <summary>
    /// The key nginx's control server asks of a push, created on first use, readable by its owner only (nginx's master
    /// reads it as root when it starts or reloads). The control server listens on loopback; the key keeps a local user
    /// from changing the gate's decisions.
    /// </summary>
    public static string ControlKey(string folder)
    {
        var path = Path.Combine(folder, ControlKeyFile);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("nginx's gate runs where Debian's nginx does.");
        }

        if (!File.Exists(path))
        {
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(file);
            writer.WriteLine(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadLines(path).First().Trim();
    }

    /// <summary>
    /// The domain as nginx compares it (its $host is lower-cased in ASCII), or null when it holds a character that could
    /// end an nginx directive or a line of the overlay: the platform validates domains, this keeps a bad one out of nginx.
    /// </summary>
    public static string? Key(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        // The map gives a domain's number of labels in two digits.
        if (domain.Length == 0 || domain[0] == '.' || domain[0] == '#' || domain.Count(c => c == '.') > 98)
        {
            return null;
        }

        foreach (var c in domain)
        {
            var safe = char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' || (c > 127 && !char.IsWhiteSpace(c) && !char.IsControl(c));
            if (!safe)
            {
                return null;
            }
        }

        return domain.ToLowerInvariant();
    }

    /// <summary>A map line: the domain and its subdomains (the leading dot), the domain's number of labels and the decision.</summary>
    public static string MapLine(string key, GateReason reason)
    {
        ArgumentNullException.ThrowIfNull(key);
        var labels = key.Count(c => c == '.') + 1;
        return string.Create(CultureInfo.InvariantCulture, $".{key} {labels:D2}{reason.Code()};");
    }

    /// <summary>Writes the base map; returns how many domains were left out as unsafe.</summary>
    public static async Task<int> WriteMapAsync(string folder, GateSnapshot snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var skipped = 0;
        await ReplaceAsync(folder, MapFile, async writer =>
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (domain, reason) in snapshot.Entries())
            {
                if (Key(domain) is not { } key)
                {
                    skipped++;
                }
                else if (written.Add(key))
                {
                    await writer.WriteLineAsync(MapLine(key, reason).AsMemory(), ct);
                }
            }
        });
        return skipped;
    }

    /// <summary>The base map a folder holds, or null when there is none yet.</summary>
    public static async Task<GateSnapshot?> ReadMapAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, MapFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var entries = new List<KeyValuePair<string, GateReason>>();
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            // ".example.cn 02allowed;"
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line.StartsWith('.') && space > 1 && line.EndsWith(';') && line.Length > space + 4
                && GateReasons.TryParse(line[(space + 3)..^1], out var reason))
            {
                entries.Add(new(line[1..space], reason));
            }
        }

        return GateSnapshot.Build(entries);
    }

    public static Task WriteGenerationAsync(string folder, long generation) =>
        ReplaceAsync(folder, GenerationFile, writer => writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"beian {generation};")));

    /// <summary>The generation of the base map in the folder; 0 when there is none.</summary>
    public static long ReadGeneration(string folder)
    {
        var path = Path.Combine(folder, GenerationFile);
        var text = File.Exists(path) ? File.ReadAllText(path).Trim() : string.Empty;
        return text.StartsWith("beian ", StringComparison.Ordinal) && text.EndsWith(';')
            && long.TryParse(text[6..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var generation) ? generation : 0;
    }

    /// <summary>The overlay's lines as nginx reads them: "domain TAB reason", and when the gateway last heard from the platform.</summary>
    public static string OverlayLines(IEnumerable<KeyValuePair<string, GateReason>> overlay, double synced)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#synced\t{synced:F3}\n");
        foreach (var (key, reason) in overlay)
        {
            text.Append(key).Append('\t').Append(reason.Code()).Append('\n');
        }

        return text.ToString();
    }

    public static Task WriteOverlayAsync(string folder, string lines) =>
        ReplaceAsync(folder, OverlayFile, writer => writer.WriteAsync(lines));

    /// <summary>
    /// deploy/nginx/beian-gate-page.conf: the block page of each reason as <see cref="BlockPage"/> renders it, with the
    /// visitor's host filled in by nginx ($beian_page_host, only when it is made of characters a host name may have).
    /// </summary>
    public static string BlockPageConf()
    {
        const string Placeholder = "beian-page-host.invalid";
        var text = new StringBuilder();
        text.Append("# Generated from BlockPage (Beian.Core) by NginxFiles.BlockPageConf; NginxNativeGateTests holds the two together.\n");
        text.Append("# The page nginx's own gate shows a blocked visitor, for each reason (http{} level, beside beian-gate-native.conf).\n");
        text.Append("map $beian_reason $beian_block_page {\n");
        foreach (var reason in Enum.GetValues<GateReason>().Where(r => r != GateReason.Allowed))
        {
            var page = BlockPage.Render(Placeholder, reason);
            if (page.Contains('$', StringComparison.Ordinal) || page.Contains('\\', StringComparison.Ordinal) || page.Contains('\'', StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The block page holds a character nginx would read as a variable or an escape.");
            }

            var key = reason == GateReason.NoFiling ? "default" : reason.Code();
            text.Append("    ").Append(key).Append(" '").Append(page.Replace(Placeholder, "$beian_page_host", StringComparison.Ordinal).Trim()).Append("';\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static async Task ReplaceAsync(string folder, string name, Func<StreamWriter, Task> write)
    {
        var path = Path.Combine(folder, name);
        var temporary = path + ".tmp";
        await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16))
        {
            await write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
