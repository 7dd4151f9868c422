namespace Beian.Platform;

/// <summary>Settings of the platform host: the section <c>Platform</c>.</summary>
public sealed class PlatformOptions
{
    /// <summary>Sandbox mode: admin endpoints for fixtures, the clock and the outboxes (the demo default).</summary>
    public bool Sandbox { get; set; } = true;

    /// <summary>
    /// Create the demo accounts and instances on start when they are missing. Unset, it follows <see cref="Sandbox"/>;
    /// outside sandbox it may not be set (the demo accounts have a published password).
    /// </summary>
    public bool? DemoData { get; set; }

    /// <summary>Whether the demo data is wanted: asked for, or sandbox mode with nothing said.</summary>
    public bool WithDemoData => DemoData ?? Sandbox;

    /// <summary>The provider's name (接入商名称), where the spec's messages name the provider (R-BASIC-06).</summary>
    public string ProviderName { get; set; } = "本接入商";

    /// <summary>Where the SQLite database and the generated demo keys live; relative to the working folder.</summary>
    public string DataFolder { get; set; } = "data";
}
