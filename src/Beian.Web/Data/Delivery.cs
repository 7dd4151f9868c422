namespace Beian.Web.Data;

/// <summary>A message the simulated gateway accepted.</summary>
public sealed class Delivery
{
    public Guid MessageId { get; set; }

    public Channel Channel { get; set; }

    /// <summary>The recipient, masked.</summary>
    public string To { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
