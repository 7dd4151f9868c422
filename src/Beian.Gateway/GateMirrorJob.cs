using Microsoft.Extensions.Options;

namespace Beian.Gateway;

/// <summary>Loads the snapshot at start (retrying until the platform answers), then follows the feed.</summary>
public sealed partial class GateMirrorJob(GateMirror mirror, IOptions<GatewayOptions> options, TimeProvider time, ILogger<GateMirrorJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Follow)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            try
            {
                await mirror.FollowAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Until the platform answers the gateway blocks everything it does not know (an empty snapshot blocks all);
                // afterwards the last snapshot keeps answering.
                LogUnreachable(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform's gate feed could not be read; the gateway keeps its last snapshot")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
