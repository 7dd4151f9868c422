using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Gate;

/// <summary>Settings of the gate: the section <c>Gate</c>.</summary>
public sealed class GateOptions
{
    /// <summary>Follow the record feed in the background (tests refresh by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the snapshot follows the feed; a committed change reaches the gate within about this long.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The provider's mainland server addresses (CIDR); requests to other addresses are not gated (R-BLOCK-08). Empty: gate everything.</summary>
    public List<string> MainlandRanges { get; set; } = [];

    /// <summary>The shared key gateway processes present to read the gate feed (<c>/gate/feed</c>); empty: the feed is closed.</summary>
    public string? FeedKey { get; set; }
}

/// <summary>Builds the snapshot at start, then follows the feed.</summary>
public sealed partial class GateJob(GateFollower follower, IOptions<GateOptions> options, ILogger<GateJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await follower.BuildAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await follower.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last snapshot keeps answering; the next refresh tries again.
                LogFailed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing the gate snapshot failed; the previous snapshot stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
