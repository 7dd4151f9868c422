namespace Beian.Web.Data;

/// <summary>A named value the platform keeps across restarts and hosts: sync cursors, the sandbox clock offset.</summary>
public sealed class Setting
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public int Version { get; set; }
}
