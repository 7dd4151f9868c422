using Beian.Ports;
using Beian.Web.Data;
using Beian.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Operations;

/// <summary>Ready only when the provider's database answers a real query, not merely accepts a connection.</summary>
public sealed class DatabaseReady(ProviderDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Settings.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("数据库可读写");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("数据库不可用：" + e.GetType().Name);
        }
    }
}

/// <summary>Ready only when the bureau's port answers: without it nothing can be submitted or synced.</summary>
public sealed class BureauPortReady(IBureauGateway bureau) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Nothing lies past the last sequence: the cheapest question the port answers, and it changes nothing.
            await bureau.ReadNoticesAsync(long.MaxValue, 1, cancellationToken);
            return HealthCheckResult.Healthy("管局接口可用");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("管局接口不可用：" + e.GetType().Name);
        }
    }
}

/// <summary>
/// Ready only while the sweep keeps up: deadlines, forwarding and deliveries wait on it. A host whose sweep is turned
/// off (Jobs:Enabled=false) leaves that to the hosts that run it.
/// </summary>
public sealed class SweepReady(SweepRunner sweep, IOptions<JobOptions> jobs, IOptions<OperationsOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!jobs.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("本实例不运行定时任务"));
        }

        var lag = time.GetUtcNow() - (sweep.LastPassAt ?? sweep.StartedAt);
        var limit = options.Value.SweepLagLimit;
        var data = new Dictionary<string, object> { ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1) };
        return Task.FromResult(lag <= limit
            ? HealthCheckResult.Healthy($"定时任务落后 {lag.TotalSeconds:0} 秒", data)
            : HealthCheckResult.Unhealthy($"定时任务已 {lag.TotalSeconds:0} 秒未完成一轮（上限 {limit.TotalSeconds:0} 秒）", data: data));
    }
}
