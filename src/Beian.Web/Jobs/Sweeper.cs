using Beian.Platform;
using Beian.Platform.Data;
using Beian.Web.Data;
using Microsoft.Extensions.Options;

namespace Beian.Web.Jobs;

/// <summary>Settings of the background sweep: the section <c>Jobs</c>.</summary>
public sealed class JobOptions
{
    /// <summary>Run the sweep in the background (tests run it by hand instead).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// One pass over everything that is due: each side's due times are columns, each step asks "what is due now?" and acts
/// through the transition table with a conditional update, so a restart loses nothing and two hosts act once
/// (DESIGN.md §3). Not a general scheduler: a fixed list of small steps, each side's added at composition.
/// </summary>
public sealed partial class SweepRunner(IServiceScopeFactory scopes, IEnumerable<SweepStep> steps, TimeProvider time, ILogger<SweepRunner> log)
{
    /// <summary>When this host started sweeping: the lag counts from here until the first pass ends.</summary>
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    /// <summary>When this host last finished a whole pass: readiness and the metrics measure the sweep's lag from it.</summary>
    public DateTimeOffset? LastPassAt { get; private set; }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        if (time is SandboxClock clock)
        {
            await using var scope = scopes.CreateAsyncScope();
            await clock.ReloadAsync(scope.ServiceProvider.GetRequiredService<ProviderDb>(), ct);
        }

        foreach (var step in steps)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await step.RunAsync(scope.ServiceProvider, ct);
            }
            catch (Exception e) when (StorageErrors.IsContention(e))
            {
                // Another host held the database at that moment: what was due is still due, the next pass takes it up,
                // and the steps after this one still run now.
                LogContended(log, step.Name);
            }
        }

        LastPassAt = time.GetUtcNow();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep step {Step} left for the next pass: the database was busy")]
    private static partial void LogContended(ILogger logger, string step);
}

/// <summary>Runs the sweep every few seconds on every host.</summary>
public sealed class Sweeper(SweepRunner runner, IOptions<JobOptions> options, ILogger<Sweeper> log) : PeriodicJob(log)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override bool Enabled => options.Value.Enabled;

    protected override Task RunOnceAsync(CancellationToken ct) => runner.RunOnceAsync(ct);
}
