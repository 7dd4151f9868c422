using System.Net;
using Beian.Gate;
using Microsoft.Extensions.Options;

namespace Beian.Gateway;

/// <summary>What one step of following the feed did: loaded the whole snapshot again, or changed these domains.</summary>
public sealed record GateMirrorUpdate(bool Reloaded, IReadOnlyCollection<string> Changed)
{
    public static GateMirrorUpdate Reload { get; } = new(true, []);
}

/// <summary>
/// The gateway's copy of the platform's gate snapshot: loaded whole from <c>/gate/feed/snapshot</c>, then kept up to
/// date from <c>/gate/feed/changes</c> by version. Requests read <see cref="Current"/> and never wait for the network;
/// when the platform cannot be reached the last snapshot keeps answering.
/// </summary>
public sealed class GateMirror(IHttpClientFactory clients, IOptions<GatewayOptions> options)
{
    public const string PlatformClient = "platform";

    private GateSnapshot _current = GateSnapshot.Empty;

    public GateSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The platform's snapshot history this mirror follows, and the version it holds; null before the first load.</summary>
    public string? Epoch { get; private set; }

    public long Version { get; private set; }

    /// <summary>Loads the whole snapshot.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        using var request = Request("/gate/feed/snapshot");
        using var response = await Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        var entries = new List<KeyValuePair<string, GateReason>>();
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct)))
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (GateWire.TryParseLine(line, out var domain, out var reason))
                {
                    entries.Add(new(domain, reason));
                }
            }
        }

        Volatile.Write(ref _current, GateSnapshot.Build(entries));
        Epoch = response.Headers.GetValues(GateWire.EpochHeader).Single();
        Version = long.Parse(response.Headers.GetValues(GateWire.VersionHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        // A load builds a million entries beside the old ones; hand the memory back now rather than at the next load.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Applies the changes since the version held, loading the whole snapshot when the platform cannot bridge the gap.</summary>
    public async Task<GateMirrorUpdate> FollowAsync(CancellationToken ct)
    {
        if (Epoch is null)
        {
            await LoadAsync(ct);
            return GateMirrorUpdate.Reload;
        }

        using var request = Request($"/gate/feed/changes?epoch={Uri.EscapeDataString(Epoch)}&after={Version}");
        using var response = await Client().SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Gone)
        {
            await LoadAsync(ct);
            return GateMirrorUpdate.Reload;
        }

        response.EnsureSuccessStatusCode();
        var feed = await response.Content.ReadFromJsonAsync<GateChangesMessage>(ct) ?? throw new InvalidDataException("The gate feed answered with no body.");
        if (feed.Changes.Count > 0)
        {
            var changes = feed.Changes.ToDictionary(c => c.Key, c => GateReasons.TryParse(c.Value, out var reason) ? reason : (GateReason?)null, StringComparer.OrdinalIgnoreCase);
            Volatile.Write(ref _current, Current.With(changes));
        }

        Version = feed.Version;
        return new GateMirrorUpdate(false, [.. feed.Changes.Keys]);
    }

    private HttpClient Client() => clients.CreateClient(PlatformClient);

    private HttpRequestMessage Request(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(GateWire.KeyHeader, options.Value.FeedKey);
        return request;
    }
}
