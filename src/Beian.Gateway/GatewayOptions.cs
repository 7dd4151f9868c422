namespace Beian.Gateway;

/// <summary>Settings of the gateway: the section <c>Gateway</c>.</summary>
public sealed class GatewayOptions
{
    /// <summary>The platform whose gate feed is mirrored, e.g. http://beian.internal:8080.</summary>
    public Uri? Platform { get; set; }

    /// <summary>The shared key of the gate feed (the platform's Gate:FeedKey).</summary>
    public string FeedKey { get; set; } = string.Empty;

    /// <summary>Where allowed requests go, e.g. http://127.0.0.1:8081; without it the gateway only answers /gate/check.</summary>
    public Uri? Upstream { get; set; }

    /// <summary>The provider's mainland server addresses (CIDR); requests to other local addresses pass ungated (R-BLOCK-08).</summary>
    public List<string> MainlandRanges { get; set; } = [];

    /// <summary>
    /// The operators' networks (CIDR) told the reason of a block in X-Beian-Gate; ordinary visitors see only the block
    /// page. Empty: loopback only.
    /// </summary>
    public List<string> DiagnosisNetworks { get; set; } = [];

    /// <summary>How often the gateway asks the platform for changes; a committed change arrives within about twice this.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>nginx's own gate, kept in step with the mirror (decision 0016).</summary>
    public NginxOptions Nginx { get; set; } = new();

    /// <summary>Load and follow the feed in the background (tests call <see cref="GateMirror"/> by hand).</summary>
    public bool Follow { get; set; } = true;
}
