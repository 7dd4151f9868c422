using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Beian.Gate;
using Microsoft.Extensions.Options;

namespace Beian.Gateway;

/// <summary>
/// Keeps nginx's own gate (deploy/nginx/beian-gate-native.conf, decision 0016) in step with the mirror: a base map of
/// every filed domain, written to the folder and loaded by a reload, and the overlay of what changed since, pushed to
/// nginx's loopback control server after every step of the feed. A change reaches nginx without reloading a million
/// entries; a new base is written only when the overlay has grown large, the feed could not be bridged, or nginx does
/// not hold the map on disk.
/// </summary>
public sealed partial class NginxGate(GateMirror mirror, IOptions<GatewayOptions> options, IHttpClientFactory clients, TimeProvider time, ILogger<NginxGate> log)
{
    public const string ControlClient = "nginx-control";

    /// <summary>The bases nginx's workers may answer from: the loaded one, and until it has drained the one before.</summary>
    private readonly List<(GateBase Base, DateTimeOffset? RetireAt)> _bases = [];

    private Dictionary<string, GateReason>? _pushed;
    private DateTimeOffset _lastPush;
    private string? _key;

    private NginxOptions Settings => options.Value.Nginx;

    private string Folder => Settings.Folder ?? throw new InvalidOperationException("Gateway:Nginx:Folder is not set.");

    /// <summary>The generation of the base map nginx was last told to load.</summary>
    public long Generation { get; private set; }

    /// <summary>How many domains the overlay held at the last push.</summary>
    public int OverlayCount => _pushed?.Count ?? 0;

    /// <summary>After each step of the mirror: the overlay's changes, or a new base when the overlay has grown too large.</summary>
    public async Task SyncAsync(GateMirrorUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_bases.Count == 0)
        {
            await StartAsync(ct);
            return;
        }

        // Four times a second with nothing new: no overlay to compute until the heartbeat is due.
        if (!update.Reloaded && update.Changed.Count == 0 && time.GetUtcNow() - _lastPush < Settings.Heartbeat)
        {
            return;
        }

        foreach (var (@base, _) in _bases)
        {
            if (update.Reloaded)
            {
                @base.TouchDifferences(mirror.Current);
            }
            else
            {
                @base.Touch(update.Changed);
            }
        }

        var now = time.GetUtcNow();
        _bases.RemoveAll(b => b.RetireAt <= now);
        var overlay = GateOverlay.Compute(mirror.Current, _bases.Select(b => b.Base));
        if (overlay.Count > Settings.RebuildAbove || !await PushAsync(overlay, ct))
        {
            await RebuildAsync(ct);
        }
    }

    /// <summary>
    /// Takes up what nginx holds: the map on disk, when nginx has loaded it and it differs little from the platform's
    /// snapshot, is kept and only the differences are pushed (a gateway restart reloads nothing); otherwise a new one.
    /// </summary>
    private async Task StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        _key = NginxFiles.ControlKey(Folder);
        var onDisk = await NginxFiles.ReadMapAsync(Folder, ct);
        Generation = NginxFiles.ReadGeneration(Folder);
        if (onDisk is not null && await LoadedGenerationAsync(ct) == Generation)
        {
            var kept = new GateBase(onDisk);
            kept.TouchDifferences(mirror.Current);
            var overlay = GateOverlay.Compute(mirror.Current, [kept]);
            if (overlay.Count <= Settings.RebuildAbove)
            {
                _bases.Add((kept, null));
                if (await PushAsync(overlay, ct))
                {
                    LogKept(log, Generation, overlay.Count);
                    return;
                }

                _bases.Clear();
            }
        }

        await RebuildAsync(ct);
    }

    /// <summary>
    /// A new base map of the current snapshot. While nginx loads it its old workers still answer from the old base, so
    /// the overlay first takes the changes against both; once they have drained only the new base counts.
    /// </summary>
    private async Task RebuildAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var next = new GateBase(mirror.Current);
        var bridge = GateOverlay.Compute(mirror.Current, [.. _bases.Select(b => b.Base), next]);
        if (bridge.Count > Settings.BridgeAtMost)
        {
            // Too far apart to bridge (the first start, or a long outage): nginx answers from what it had until the reload.
            bridge.Clear();
        }

        await PushAsync(bridge, ct, replace: true);
        var skipped = await NginxFiles.WriteMapAsync(Folder, next.Snapshot, ct);
        if (skipped > 0)
        {
            LogSkipped(log, skipped);
        }

        await NginxFiles.WriteGenerationAsync(Folder, Generation + 1);
        Generation++;
        await ReloadAsync(ct);
        var retireAt = time.GetUtcNow() + Settings.DrainTime;
        for (var i = 0; i < _bases.Count; i++)
        {
            _bases[i] = (_bases[i].Base, _bases[i].RetireAt ?? retireAt);
        }

        _bases.Add((next, null));
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        LogRebuilt(log, Generation, next.Snapshot.Count, seconds);
    }

    /// <summary>Sends nginx the overlay's differences from what it holds (all of it when replacing); false when nginx did not take them.</summary>
    private async Task<bool> PushAsync(Dictionary<string, GateReason> overlay, CancellationToken ct, bool replace = false)
    {
        replace |= _pushed is null;
        var now = time.GetUtcNow();
        var keyed = new Dictionary<string, GateReason>(StringComparer.Ordinal);
        foreach (var (domain, reason) in overlay)
        {
            if (NginxFiles.Key(domain) is { } key)
            {
                keyed[key] = reason;
            }
        }

        var changes = new StringBuilder();
        foreach (var (key, reason) in keyed)
        {
            if (replace || !_pushed!.TryGetValue(key, out var had) || had != reason)
            {
                changes.Append(key).Append('\t').Append(reason.Code()).Append('\n');
            }
        }

        foreach (var key in replace ? [] : _pushed!.Keys.Where(k => !keyed.ContainsKey(k)))
        {
            changes.Append(key).Append("\t\n");
        }

        if (!replace && changes.Length == 0 && now - _lastPush < Settings.Heartbeat)
        {
            return true;
        }

        var synced = now.ToUnixTimeMilliseconds() / 1000.0;
        // On disk first: an nginx that starts cold reads the file, so it must never be older than what nginx was sent.
        await NginxFiles.WriteOverlayAsync(Folder, NginxFiles.OverlayLines(keyed, synced));
        var body = (replace ? "replace\n" : "update\n") + NginxFiles.OverlayLines([], synced) + changes;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Settings.Control, "/beian/overlay"))
        {
            Content = new StringContent(body, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add(NginxFiles.ControlKeyHeader, _key ??= NginxFiles.ControlKey(Folder));
        using var response = await clients.CreateClient(ControlClient).SendAsync(request, ct);
        // Full, or nginx has not read the key yet (it reads it when it loads a map): a new map and a reload mend both.
        if (response.StatusCode is HttpStatusCode.InsufficientStorage or HttpStatusCode.Forbidden)
        {
            _pushed = null;
            return false;
        }

        response.EnsureSuccessStatusCode();
        _pushed = keyed;
        _lastPush = now;
        return true;
    }

    /// <summary>Tells nginx to load the new base and waits until its workers answer with it.</summary>
    private async Task ReloadAsync(CancellationToken ct)
    {
        using (var reload = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", Settings.ReloadCommand]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("The reload command could not be started."))
        {
            var error = await reload.StandardError.ReadToEndAsync(ct);
            await reload.WaitForExitAsync(ct);
            if (reload.ExitCode != 0)
            {
                throw new InvalidOperationException($"The reload command failed ({reload.ExitCode}): {error}");
            }
        }

        using var timeout = new CancellationTokenSource(Settings.ReloadTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100), time);
        while (await LoadedGenerationAsync(linked.Token) != Generation)
        {
            await poll.WaitForNextTickAsync(linked.Token);
        }
    }

    /// <summary>The generation of the base nginx's workers answer from (0 when they hold none), or null when nginx cannot be reached.</summary>
    public async Task<long?> LoadedGenerationAsync(CancellationToken ct)
    {
        try
        {
            using var status = await clients.CreateClient(ControlClient).GetStreamAsync(new Uri(Settings.Control, "/beian/status"), ct);
            using var json = await JsonDocument.ParseAsync(status, cancellationToken: ct);
            return long.TryParse(json.RootElement.GetProperty("generation").GetString(), out var generation) ? generation : 0;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "nginx's gate keeps base map {Generation}; {Overlaid} domains differ and were sent as its overlay")]
    private static partial void LogKept(ILogger logger, long generation, int overlaid);

    [LoggerMessage(Level = LogLevel.Information, Message = "nginx's gate loaded base map {Generation} of {Count} entries in {Seconds:F1} s")]
    private static partial void LogRebuilt(ILogger logger, long generation, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} domains hold characters nginx cannot take and were left out of its map (they are blocked there)")]
    private static partial void LogSkipped(ILogger logger, int count);
}
