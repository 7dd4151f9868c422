using Microsoft.Extensions.Options;

namespace Beian.Gateway;

/// <summary>Loads the snapshot at start (retrying until the platform answers), then follows the feed, and keeps nginx's own gate in step when it has one.</summary>
public sealed partial class GateMirrorJob(GateMirror mirror, IServiceProvider services, IOptions<GatewayOptions> options, TimeProvider time, ILogger<GateMirrorJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Follow)
        {
            return;
        }

        var nginx = services.GetService<NginxGate>();
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            GateMirrorUpdate update;
            try
            {
                update = await mirror.FollowAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Until the platform answers the gateway blocks everything it does not know (an empty snapshot blocks all);
                // afterwards the last snapshot keeps answering, and nginx keeps what it was last sent.
                LogUnreachable(log, e);
                continue;
            }

            try
            {
                if (nginx is not null)
                {
                    await nginx.SyncAsync(update, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogNginx(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform's gate feed could not be read; the gateway keeps its last snapshot")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "nginx's gate could not be brought up to date; it decides on what it was last sent")]
    private static partial void LogNginx(ILogger logger, Exception exception);
}
