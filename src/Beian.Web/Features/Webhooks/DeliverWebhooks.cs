using System.Text;
using Beian.PersonalData;
using Beian.Web.Data;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// Sends due deliveries of the webhook outbox, at least once: a delivery is first claimed by a conditional update that
/// moves its next attempt past the send, so that two hosts never send it at once and a host that dies mid-send leaves
/// it to be sent again — with the same event id, for the receiver to recognise. A 2xx answer delivers it; anything
/// else retries it by <see cref="WebhookRetry"/> until the window ends, then parks it for a person to redeliver.
/// </summary>
public sealed partial class DeliverWebhooks(IServiceScopeFactory scopes, IHttpClientFactory clients, PersonalDataProtector protector, IOptions<WebhookOptions> options, TimeProvider time, ILogger<DeliverWebhooks> log)
{
    private const int Batch = 100;

    /// <summary>Sends what is due now; returns how many were attempted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            var now = time.GetUtcNow();
            due = await db.WebhookDeliveries.AsNoTracking().Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        }

        var attempted = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism), CancellationToken = ct }, async (id, token) =>
        {
            try
            {
                if (await AttemptAsync(id, token))
                {
                    Interlocked.Increment(ref attempted);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One delivery's fault is its own: the others of the batch go on, and its lease brings it back.
                LogFault(log, id, e.GetType().Name, e.Message);
            }
        });
        return attempted;
    }

    private async Task<bool> AttemptAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var now = time.GetUtcNow();
        var delivery = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delivery is not { State: DeliveryState.Pending } || delivery.NextAttemptAt > now)
        {
            return false;
        }

        // The claim: past the longest a send can take, so that nobody else sends it meanwhile.
        var lease = now + options.Value.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.WebhookDeliveries.Where(d => d.Id == id && d.State == DeliveryState.Pending && d.Attempts == delivery.Attempts && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Attempts, delivery.Attempts + 1).SetProperty(d => d.NextAttemptAt, lease).SetProperty(d => d.LastAttemptAt, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        var attempts = delivery.Attempts + 1;
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, ct);
        var webhookEvent = await db.WebhookEvents.AsNoTracking().FirstAsync(e => e.Id == delivery.EventId, ct);
        var (status, sent) = subscription is null || subscription.DeletedAt is not null
            ? (null, "订阅已删除")
            : await SendAsync(subscription, webhookEvent, ct);
        var error = sent is { Length: > 300 } ? sent[..299] + "…" : sent;
        var at = time.GetUtcNow();
        if (error is null)
        {
            await db.WebhookDeliveries.Where(d => d.Id == id && d.Attempts == attempts)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Delivered).SetProperty(d => d.DeliveredAt, at)
                    .SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, (string?)null), ct);
            return true;
        }

        var next = subscription?.DeletedAt is null && subscription is not null ? WebhookRetry.Next(attempts, at, delivery.WindowFrom, options.Value.RetryFor) : null;
        LogFailed(log, webhookEvent.Id, subscription?.Url ?? "-", attempts, error, next is null);
        await db.WebhookDeliveries.Where(d => d.Id == id && d.Attempts == attempts)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, next is null ? DeliveryState.Dead : DeliveryState.Pending)
                .SetProperty(d => d.NextAttemptAt, next ?? at).SetProperty(d => d.LastStatus, status).SetProperty(d => d.LastError, error), ct);
        return true;
    }

    private async Task<(int? Status, string? Error)> SendAsync(WebhookSubscription subscription, WebhookEvent webhookEvent, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var secrets = new List<string> { protector.Unseal(subscription.Secret) };
        if (subscription.PreviousSecret is { } previous && subscription.PreviousSecretUntil > now)
        {
            secrets.Add(protector.Unseal(previous));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(webhookEvent.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.IdHeader, webhookEvent.Id.ToString());
        request.Headers.Add(WebhookSignature.TypeHeader, webhookEvent.Type);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets, now.ToUnixTimeSeconds(), webhookEvent.Payload));
        request.Headers.UserAgent.ParseAdd("Beian-Webhooks/1");
        request.Options.Set(WebhookTargets.ForAdmin, subscription.AccountId is null);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await clients.CreateClient(WebhookTargets.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, $"接收方返回 HTTP {status}");
        }
        catch (HttpRequestException e)
        {
            return (null, e.HttpRequestError == HttpRequestError.ConnectionError && e.Message.Contains("内网", StringComparison.Ordinal) ? e.Message : $"无法连接接收地址（{e.HttpRequestError}）");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, $"接收方{options.Value.Timeout.TotalSeconds:0}秒内没有响应");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} faulted ({Kind}): {Reason}; it comes due again after its lease")]
    private static partial void LogFault(ILogger logger, Guid deliveryId, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {EventId} to {Url}: attempt {Attempt} failed: {Error}{Parked}")]
    private static partial void LogFailedCore(ILogger logger, Guid eventId, string url, int attempt, string error, string parked);

    private static void LogFailed(ILogger logger, Guid eventId, string url, int attempt, string error, bool parked) =>
        LogFailedCore(logger, eventId, url, attempt, error, parked ? " (parked)" : string.Empty);
}

/// <summary>
/// Sends the webhook outbox in its own loop, so that a slow receiver never holds up the sweep's deadlines; a delivery
/// claimed by a failed pass comes due again after its lease.
/// </summary>
public sealed class WebhookSender(DeliverWebhooks deliver, IOptions<Jobs.JobOptions> jobs, IOptions<WebhookOptions> options, ILogger<WebhookSender> log) : Beian.Platform.PeriodicJob(log)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override bool Enabled => jobs.Value.Enabled;

    protected override Task RunOnceAsync(CancellationToken ct) => deliver.RunAsync(ct);
}
