namespace Beian.Gateway;

/// <summary>Settings of nginx's own gate (section <c>Gateway:Nginx</c>); without a folder the gateway leaves nginx alone.</summary>
public sealed class NginxOptions
{
    /// <summary>Where the base map, its generation and the overlay are written; nginx includes them from here.</summary>
    public string? Folder { get; set; }

    /// <summary>nginx's loopback control server (beian-gate-native.conf).</summary>
    public Uri Control { get; set; } = new("http://127.0.0.1:8089");

    /// <summary>How nginx is told to load a new base map, run by /bin/sh: a HUP to its master drains the old workers.</summary>
    public string ReloadCommand { get; set; } = "kill -HUP \"$(cat /run/nginx.pid)\"";

    /// <summary>Past this many domains in the overlay a new base map is written and loaded.</summary>
    public int RebuildAbove { get; set; } = 5_000;

    /// <summary>
    /// The most differences sent to bridge a reload (old and new workers decide alike meanwhile); beyond it — the first
    /// start, or a long outage — nginx answers from its old map until the reload. Keep it within nginx's dictionary
    /// (beian_gate, 32 MB: about 200,000 domains).
    /// </summary>
    public int BridgeAtMost { get; set; } = 100_000;

    /// <summary>How long the old workers may still answer from the previous base after a reload.</summary>
    public TimeSpan DrainTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long nginx may take to load a new base map before the gateway gives up and tries again.</summary>
    public TimeSpan ReloadTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often nginx is told the gateway still hears from the platform, when nothing changes.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(1);
}
