using System.Security.Cryptography;
using System.Text;
using Beian.Gate;
using Beian.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Gate;

/// <summary>
/// The feed gateway processes (Beian.Gateway) mirror the gate from: the whole snapshot once, as lines of
/// "domain TAB reason", then the changes after the version they hold. Only a caller with the shared key
/// (Gate:FeedKey, header X-Beian-Gate-Key) may read it; with no key configured the feed is closed.
/// </summary>
public static class GateFeed
{
    public static RouteGroupBuilder MapGateFeed(this RouteGroupBuilder gate)
    {
        var feed = gate.MapGroup("/feed").AddEndpointFilter(RequireKey);
        feed.MapGet("/snapshot", SnapshotAsync).WithName("GateFeedSnapshot").WithSummary("网关进程：整份阻断快照（每行：域名<TAB>结论）");
        feed.MapGet("/changes", Changes).WithName("GateFeedChanges").WithSummary("网关进程：某版本之后变化的域名；过旧时返回 410，需重新加载快照");
        return gate;
    }

    private static async Task SnapshotAsync(HttpContext context, GateState state)
    {
        var (snapshot, version) = state.Read();
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers[GateWire.EpochHeader] = state.Epoch;
        context.Response.Headers[GateWire.VersionHeader] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 1 << 16);
        foreach (var (domain, reason) in snapshot.Entries())
        {
            await writer.WriteLineAsync(GateWire.Line(domain, reason));
        }
    }

    private static Results<Ok<GateChangesMessage>, ProblemHttpResult> Changes(string? epoch, long? after, GateState state)
    {
        if (epoch is null || after is null || state.ChangesAfter(epoch, after.Value) is not { } changes)
        {
            return Problems.Problem(StatusCodes.Status410Gone, "gate.feed_behind", "网关持有的版本已无法衔接（平台已重启或版本过旧），请重新加载整份快照");
        }

        return TypedResults.Ok(new GateChangesMessage(state.Epoch, changes.Version, changes.Changes.ToDictionary(c => c.Key, c => c.Value?.Code())));
    }

    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<GateOptions>>().Value.FeedKey;
        var given = context.HttpContext.Request.Headers[GateWire.KeyHeader].ToString();
        if (string.IsNullOrEmpty(configured) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(given)))
        {
            return Problems.Problem(StatusCodes.Status403Forbidden, "gate.feed_key", "网关密钥不正确或平台未配置 Gate:FeedKey");
        }

        return await next(context);
    }
}
