using System.Diagnostics.Metrics;
using Beian.Compliance;
using Beian.Filings;
using Beian.Web.Data;
using Beian.Web.Features.Gate;
using Beian.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Operations;

/// <summary>What the platform counts in its database, read together by <see cref="PlatformMetrics.SampleAsync"/>.</summary>
public sealed record MetricsSample(
    IReadOnlyDictionary<OrderState, int> OrdersByState,
    IReadOnlyDictionary<string, (int Backlog, double OldestAgeSeconds)> Outboxes,
    long GateEventsBehind,
    double GateStalenessSeconds,
    int OpenCases);

/// <summary>
/// The platform's own metrics (meter <c>Beian</c>), beside ASP.NET Core's, EF Core's and HttpClient's: orders by state,
/// each outbox's backlog and the age of its oldest undelivered entry, the sweep's lag, how far the gate is behind the
/// record feed, open inspection cases and the inspection's progress. Database counts are sampled on an interval
/// (<see cref="MetricsJob"/>), never on a scrape, so that a scrape costs nothing and many scrapers do not load the database.
/// </summary>
public sealed class PlatformMetrics : IDisposable
{
    public const string MeterName = "Beian";

    private readonly Meter _meter;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;

    /// <summary>One sample at a time: an older sample finishing late never overwrites a newer one.</summary>
    private readonly SemaphoreSlim _sampling = new(1, 1);
    private MetricsSample? _sample;

    public PlatformMetrics(IMeterFactory meters, IServiceScopeFactory scopes, SweepRunner sweep, InspectionProgress inspection, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _time = time;
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("beian.orders", () => Sample(s => s.OrdersByState.Select(o => new Measurement<int>(o.Value, new KeyValuePair<string, object?>("state", o.Key.ToString())))), "{order}", "Orders in each state");
        _meter.CreateObservableGauge("beian.outbox.backlog", () => Sample(s => s.Outboxes.Select(o => new Measurement<int>(o.Value.Backlog, new KeyValuePair<string, object?>("outbox", o.Key)))), "{message}", "Entries not yet delivered, per outbox");
        _meter.CreateObservableGauge("beian.outbox.oldest_age", () => Sample(s => s.Outboxes.Select(o => new Measurement<double>(o.Value.OldestAgeSeconds, new KeyValuePair<string, object?>("outbox", o.Key)))), "s", "Age of the oldest undelivered entry, per outbox");
        _meter.CreateObservableGauge("beian.sweep.lag", () => (time.GetUtcNow() - (sweep.LastPassAt ?? sweep.StartedAt)).TotalSeconds, "s", "Time since the sweep last finished a pass on this host");
        _meter.CreateObservableGauge("beian.gate.behind", () => Sample<long>(s => [new Measurement<long>(s.GateEventsBehind)]), "{event}", "Record events the gate snapshot has not applied yet");
        _meter.CreateObservableGauge("beian.gate.staleness", () => Sample<double>(s => [new Measurement<double>(s.GateStalenessSeconds)]), "s", "Age of the oldest record event the gate has not applied");
        _meter.CreateObservableGauge("beian.inspection.cases_open", () => Sample<int>(s => [new Measurement<int>(s.OpenCases)]), "{case}", "Open inspection cases");
        _meter.CreateObservableGauge("beian.inspection.targets", () => inspection.Current is { } step ? [new Measurement<long>(step.Total, new KeyValuePair<string, object?>("check", step.Check))] : Array.Empty<Measurement<long>>(), "{target}", "Targets of the check running now");
        _meter.CreateObservableGauge("beian.inspection.done", () => inspection.Current is { } step ? [new Measurement<long>(step.Done, new KeyValuePair<string, object?>("check", step.Check))] : Array.Empty<Measurement<long>>(), "{target}", "Targets the running check has looked at");
    }

    /// <summary>Counts again; the gauges report this sample until the next.</summary>
    public async Task<MetricsSample> SampleAsync(CancellationToken ct)
    {
        await _sampling.WaitAsync(ct);
        try
        {
            return await TakeAsync(ct);
        }
        finally
        {
            _sampling.Release();
        }
    }

    private async Task<MetricsSample> TakeAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var gate = scope.ServiceProvider.GetRequiredService<GateState>();
        var now = _time.GetUtcNow();
        var orders = await db.Orders.AsNoTracking().GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        foreach (var state in Enum.GetValues<OrderState>())
        {
            orders.TryAdd(state, 0);
        }

        var outboxes = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
        foreach (var (name, backlog) in OutboxBacklogs.All)
        {
            var (count, oldest) = await backlog(db, ct);
            outboxes[name] = (count, oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0);
        }

        var position = gate.Position;
        var latest = await db.RecordEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var firstUnapplied = await db.RecordEvents.AsNoTracking().Where(e => e.Sequence > position).OrderBy(e => e.Sequence).Select(e => (DateTimeOffset?)e.At).FirstOrDefaultAsync(ct);
        var openCases = await db.InspectionCases.CountAsync(c => c.State == CaseState.Open, ct);
        var sample = new MetricsSample(orders, outboxes, Math.Max(0, latest - position), firstUnapplied is { } at2 ? Math.Max(0, (now - at2).TotalSeconds) : 0, openCases);
        Volatile.Write(ref _sample, sample);
        return sample;
    }

    public void Dispose()
    {
        _meter.Dispose();
        _sampling.Dispose();
    }

    private IEnumerable<Measurement<T>> Sample<T>(Func<MetricsSample, IEnumerable<Measurement<T>>> read)
        where T : struct => Volatile.Read(ref _sample) is { } sample ? read(sample) : [];
}

/// <summary>The outboxes the metrics watch: each counts its undelivered entries and finds the oldest.</summary>
public static class OutboxBacklogs
{
    public static IReadOnlyList<(string Name, Func<ProviderDb, CancellationToken, Task<(int Count, DateTimeOffset? Oldest)>> Read)> All { get; } =
    [
        ("notifications", async (db, ct) =>
        {
            var waiting = db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null);
            return (await waiting.CountAsync(ct), await waiting.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct));
        }),
        ("webhooks", async (db, ct) =>
        {
            var waiting = db.WebhookDeliveries.AsNoTracking().Where(d => d.State == Beian.Webhooks.DeliveryState.Pending);
            return (await waiting.CountAsync(ct), await waiting.OrderBy(d => d.CreatedAt).Select(d => (DateTimeOffset?)d.CreatedAt).FirstOrDefaultAsync(ct));
        }),
        ("webhooks-parked", async (db, ct) =>
        {
            var parked = db.WebhookDeliveries.AsNoTracking().Where(d => d.State == Beian.Webhooks.DeliveryState.Dead);
            return (await parked.CountAsync(ct), await parked.OrderBy(d => d.CreatedAt).Select(d => (DateTimeOffset?)d.CreatedAt).FirstOrDefaultAsync(ct));
        }),
    ];
}

/// <summary>
/// Samples the database counts for the metrics on an interval (<c>Operations:SampleInterval</c>); after a failed sample
/// the gauges keep the last one, and readiness says whether the database is the cause.
/// </summary>
public sealed class MetricsJob(PlatformMetrics metrics, Microsoft.Extensions.Options.IOptions<OperationsOptions> options, ILogger<MetricsJob> log) : Beian.Platform.PeriodicJob(log)
{
    protected override TimeSpan Interval => options.Value.SampleInterval;

    protected override bool RunAtStart => true;

    protected override Task RunOnceAsync(CancellationToken ct) => metrics.SampleAsync(ct);
}
