namespace Beian.Web.Infrastructure;

/// <summary>Settings of the platform host: the section <c>Platform</c>.</summary>
public sealed class PlatformOptions
{
    /// <summary>Sandbox mode: admin endpoints for fixtures, the clock and the outboxes (the demo default).</summary>
    public bool Sandbox { get; set; } = true;

    /// <summary>Create the demo accounts and instances on start when they are missing.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>Where the SQLite database and the generated demo keys live; relative to the working folder.</summary>
    public string DataFolder { get; set; } = "data";
}
