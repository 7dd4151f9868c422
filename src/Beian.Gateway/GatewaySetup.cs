using Beian.Gate;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace Beian.Gateway;

public static class GatewaySetup
{
    private const string UpstreamCluster = "upstream";

    /// <summary>Settings, the mirror and its follower, and the proxy to the upstream.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Gateway");
        var options = section.Get<GatewayOptions>() ?? new GatewayOptions();
        // Without them the gateway would block everything and log a failure four times a second: refuse to start instead.
        if (options.Platform is null || string.IsNullOrWhiteSpace(options.FeedKey))
        {
            throw new InvalidOperationException("Gateway:Platform (the platform's address) and Gateway:FeedKey (the platform's Gate:FeedKey) must be set.");
        }

        builder.Services.Configure<GatewayOptions>(section);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.AddHttpClient(GateMirror.PlatformClient, c => c.BaseAddress = options.Platform);
        builder.Services.AddSingleton<GateMirror>();
        builder.Services.AddSingleton(new MainlandRanges(options.MainlandRanges));
        builder.Services.AddHostedService<GateMirrorJob>();
        if (!string.IsNullOrWhiteSpace(options.Nginx.Folder))
        {
            builder.Services.AddHttpClient(NginxGate.ControlClient);
            builder.Services.AddSingleton<NginxGate>();
        }

        // Without an upstream the gateway only answers /gate/check and blocks: there is nothing to proxy to.
        builder.Services.AddReverseProxy().LoadFromMemory(
            options.Upstream is null ? [] : [new RouteConfig
            {
                RouteId = "allowed",
                ClusterId = UpstreamCluster,
                Match = new RouteMatch { Path = "{**rest}" },
                // The upstream hosts many sites and tells them apart by Host, as it would without the gateway.
                Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
            }],
            options.Upstream is null ? [] : [new ClusterConfig
            {
                ClusterId = UpstreamCluster,
                Destinations = new Dictionary<string, DestinationConfig> { ["upstream"] = new() { Address = options.Upstream.ToString() } },
            }]);
        return builder;
    }

    /// <summary>
    /// nginx auth_request: <c>/gate/check</c> answers 204 (allow) or 403 (block) with the reason in X-Beian-Gate, for the
    /// host in X-Original-Host and the server address in X-Server-Addr. It runs first and alone: no routing, no allocation
    /// beyond the request itself.
    /// </summary>
    public static WebApplication UseGateCheck(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mirror = app.Services.GetRequiredService<GateMirror>();
        var scope = app.Services.GetRequiredService<MainlandRanges>();
        app.Use((context, next) =>
        {
            if (!context.Request.Path.Equals("/gate/check", StringComparison.Ordinal))
            {
                return next(context);
            }

            var headers = context.Request.Headers;
            var reason = scope.Gates(headers[GateWire.ServerAddressHeader].ToString())
                ? mirror.Current.Decide(OriginalHost(context.Request))
                : GateReason.Allowed;
            context.Response.StatusCode = reason == GateReason.Allowed ? StatusCodes.Status204NoContent : StatusCodes.Status403Forbidden;
            context.Response.Headers[GateWire.ReasonHeader] = reason.Code();
            return Task.CompletedTask;
        });
        return app;
    }

    /// <summary>
    /// Every other request is decided on its own Host and the local address it came in on: a blocked one gets the block
    /// page (403), an allowed one goes on to the proxy. <c>/gate/blocked</c> shows the page for X-Original-Host, as the
    /// platform's does, so that nginx can use either.
    /// </summary>
    public static WebApplication UseBlockPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mirror = app.Services.GetRequiredService<GateMirror>();
        var scope = app.Services.GetRequiredService<MainlandRanges>();
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        var upstream = options.Upstream;
        var diagnosis = new AddressRanges(options.DiagnosisNetworks.Count == 0 ? ["127.0.0.0/8", "::1/128"] : options.DiagnosisNetworks);
        app.Use(async (context, next) =>
        {
            // nginx sends its blocked visitors to /gate/blocked with the host they asked for (deploy/nginx/beian-gate.conf).
            var host = context.Request.Path.Equals("/gate/blocked", StringComparison.Ordinal) ? OriginalHost(context.Request) : context.Request.Headers.Host.ToString();
            var local = context.Connection.LocalIpAddress;
            var reason = local is null || scope.Gates(local) ? mirror.Current.Decide(host) : GateReason.Allowed;
            if (reason != GateReason.Allowed)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/html; charset=utf-8";
                // The reason is for operators (ISSUE-NOTES §20); a visitor learns what the page says.
                if (context.Connection.RemoteIpAddress is { } remote && diagnosis.Contains(remote))
                {
                    context.Response.Headers[GateWire.ReasonHeader] = reason.Code();
                }

                await context.Response.WriteAsync(BlockPage.Render(host, reason));
                return;
            }

            if (upstream is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }

    private static string OriginalHost(HttpRequest request)
    {
        var original = request.Headers[GateWire.OriginalHostHeader];
        return original.Count > 0 ? original.ToString() : request.Headers.Host.ToString();
    }
}
