using Microsoft.Extensions.Hosting;

namespace Beian.Platform;

/// <summary>
/// A background loop that runs one pass every <see cref="Interval"/> on every host: a failed pass is logged and the next
/// tries again, because what it had to do is still due (the work is data, not the loop's memory).
/// </summary>
public abstract partial class PeriodicJob(ILogger log) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>False leaves the loop unstarted (tests run the passes themselves).</summary>
    protected virtual bool Enabled => true;

    /// <summary>Runs once before the first pass (e.g. building a snapshot); its failure stops the job.</summary>
    protected virtual Task StartingAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Whether a pass runs at once on start, or only after the first interval.</summary>
    protected virtual bool RunAtStart => false;

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled || Interval <= TimeSpan.Zero)
        {
            return;
        }

        await StartingAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        if (RunAtStart)
        {
            await PassAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PassAsync(stoppingToken);
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        try
        {
            await RunOnceAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(log, GetType().Name, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of {Job} failed; the next pass retries")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
