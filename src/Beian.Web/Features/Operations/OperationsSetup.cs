using System.Text.Json;
using Beian.Gate;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Beian.Web.Features.Operations;

/// <summary>
/// What operators watch: <c>/health/live</c>, <c>/health/ready</c> (database, bureau port, sweep lag), OpenTelemetry
/// metrics scraped at <c>/metrics</c> in Prometheus format, and traces and metrics over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Logs are JSON lines with <c>Logging:Console:FormatterName=json</c>.
/// </summary>
public static class OperationsSetup
{
    private const string Ready = "ready";

    /// <summary>Chinese descriptions as they are, not as \u escapes: an operator reads them.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<OperationsOptions>(builder.Configuration.GetSection("Operations"));
        services.AddSingleton<InspectionProgress>();
        services.AddSingleton<PlatformMetrics>();
        services.AddHostedService<MetricsJob>();
        services.AddHealthChecks()
            .AddCheck<DatabaseReady>("database", tags: [Ready])
            .AddCheck<BureauPortReady>("bureau", tags: [Ready])
            .AddCheck<SweepReady>("sweep", tags: [Ready]);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("beian-platform"))
            .WithMetrics(m => m
                .AddMeter(PlatformMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        if (otlp)
        {
            // Traces cost a span per request and query: collected only when someone receives them.
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsMonitoring(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps the health endpoints and the scrape endpoint; ready and metrics only for the monitoring networks.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("HealthLive").WithMetadata(new HttpMethodMetadata(["GET"])).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .WithName("HealthReady").WithMetadata(new HttpMethodMetadata(["GET"])).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics")
            .WithName("Metrics").WithMetadata(new HttpMethodMetadata(["GET"])).AllowAnonymous();
        return app;
    }

    /// <summary>Before routing: a caller outside the monitoring networks is told that ready and metrics do not exist.</summary>
    public static WebApplication UseMonitorNetworks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var networks = new AddressRanges(app.Services.GetRequiredService<IOptions<OperationsOptions>>().Value.MonitorNetworks);
        app.Use((context, next) =>
        {
            // A forwarded header still there came through a proxy not trusted (Http:TrustedProxies) to say who the
            // client is: a proxy on this host would otherwise make every visitor look like loopback.
            if (IsMonitoring(context.Request.Path) && context.Request.Path != "/health/live"
                && (context.Connection.RemoteIpAddress is not { } address || !networks.Contains(address) || context.Request.Headers.ContainsKey("X-Forwarded-For")))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }

    private static bool IsMonitoring(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, Readable, context.RequestAborted);
    }
}
