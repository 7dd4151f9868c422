using System.Security.Claims;
using Beian.Accounts;
using Beian.Platform;
using Beian.Webhooks;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// 事件推送: an applicant's subscriptions for its own account (<c>/api/webhooks</c>, also with an API key of scope
/// webhooks) and the admin's for every account (<c>/api/admin/webhooks</c>); the same use cases behind both.
/// </summary>
public static class WebhooksApi
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        services.AddSingleton<WebhookTargets>();
        services.AddHttpClient(WebhookTargets.ClientName).ConfigurePrimaryHttpMessageHandler(WebhookTargets.Handler).RemoveAllLoggers();
        services.AddScoped<WebhookSubscriptions>().AddScoped<WebhookFollower>().AddScoped<CaseDeadlines>().AddScoped<PruneWebhooks>();
        services.AddSingleton<DeliverWebhooks>();
        services.AddHostedService<WebhookSender>();
        return services;
    }

    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/webhooks").WithTags("事件推送").RequireAuthorization(Roles.Applicant).AllowApiKey(ApiScopes.Webhooks);
        Map(mine, string.Empty, user => user.Id());
        var all = api.MapGroup("/admin/webhooks").WithTags("事件推送").RequireAuthorization(Roles.Admin);
        Map(all, "Admin", _ => null);
        return api;
    }

    private static void Map(RouteGroupBuilder group, string prefix, Func<ClaimsPrincipal, Guid?> owner)
    {
        var whose = prefix.Length == 0 ? "本账号" : "全部账号";
        group.MapGet("/", async (ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) => TypedResults.Ok(await webhooks.ListAsync(owner(user), ct)))
            .WithName(prefix + "ListWebhooks").WithSummary($"{whose}的事件推送地址，含待重试与已搁置的推送数");
        group.MapPost("/", (WebhookSubscriptions.Request body, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) =>
                webhooks.CreateAsync(body, owner(user), user, ct).ToCreatedAsync(s => $"/api/webhooks/{s.Subscription.Id}"))
            .WithName(prefix + "CreateWebhook").WithSummary($"新增{whose}的事件推送地址：返回签名密钥（只显示这一次）");
        group.MapPost("/{id:guid}/rotate-secret", (Guid id, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) => webhooks.RotateAsync(id, owner(user), user, ct).ToHttpAsync())
            .WithName(prefix + "RotateWebhookSecret").WithSummary("更换签名密钥：新密钥只显示这一次；24小时内推送同时附旧密钥的签名");
        group.MapDelete("/{id:guid}", (Guid id, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) => webhooks.DeleteAsync(id, owner(user), user, ct).ToHttpAsync())
            .WithName(prefix + "DeleteWebhook").WithSummary("删除推送地址：不再推送");
        group.MapGet("/{id:guid}/deliveries", (Guid id, DeliveryState? state, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct, int page = 1) =>
                webhooks.DeliveriesAsync(id, owner(user), state, page, ct).ToHttpAsync())
            .WithName(prefix + "WebhookDeliveries").WithSummary("推送记录（新的在前，每页50条；state=Dead 为已搁置的推送）");
        group.MapPost("/deliveries/{deliveryId:guid}/redeliver", (Guid deliveryId, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) =>
                webhooks.RedeliverAsync(deliveryId, owner(user), user, ct).ToHttpAsync())
            .WithName(prefix + "RedeliverWebhook").WithSummary("重新推送：以同一事件ID立即再推送，并重新开始重试期");
        group.MapGet("/events", async (Guid? after, ClaimsPrincipal user, WebhookSubscriptions webhooks, CancellationToken ct) => TypedResults.Ok(await webhooks.EventsAsync(owner(user), after, ct)))
            .WithName(prefix + "WebhookEvents").WithSummary("事件记录：某事件ID之后的事件（按时间，每次100条），用于补取错过的推送");
    }
}
