using System.Net;
using System.Text.Json;
using Beian.Web.Features.Operations;
using Beian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Beian.Web.Tests.Operations;

/// <summary>What an operator watches: liveness, readiness with its reasons, and the metrics a scraper reads.</summary>
public class OperationsTests
{
    [Fact]
    public async Task LiveIsOpen_ReadyAndMetricsAnswerOnlyTheMonitoringNetworks()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/health/live", "203.0.113.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/health/ready", "203.0.113.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/metrics", "203.0.113.9")).StatusCode);
        using (var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics"))
        {
            // Loopback, but through a proxy nobody said to trust: a visitor behind it.
            proxied.Headers.Add("X-Forwarded-For", "198.51.100.7");
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(proxied)).StatusCode);
        }

        var ready = await Get(client, "/health/ready", null);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["database"] = "Healthy", ["bureau"] = "Healthy", ["sweep"] = "Healthy" }, checks);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Ready_ReportsAStoppedDatabase(string database)
    {
        using var factory = new PlatformFactory(database);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/health/ready", null)).StatusCode);

        StopDatabase(factory);

        var ready = await Get(client, "/health/ready", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var check = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/health/live", null)).StatusCode);
    }

    [Fact]
    public async Task Ready_FailsWhenTheSweepFallsBehind_OnAHostThatSweeps()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Jobs:Interval"] = "01:00:00" });
        factory.TestServices.Add(s => s.PostConfigure<Beian.Web.Jobs.JobOptions>(o => o.Enabled = true));
        var client = factory.CreateClient();
        await factory.SweepAsync();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/health/ready", null)).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(3));

        var ready = await Get(client, "/health/ready", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("定时任务已 180 秒未完成一轮", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.SweepAsync();
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/health/ready", null)).StatusCode);
    }

    [Fact]
    public async Task Metrics_AreScrapedInPrometheusFormat_WithThePlatformsOwnNames()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var client = factory.CreateClient();
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("metrics@example.com");
        await FilingJourney.FileAsync(applicant, 212, "metrics-212.cn");
        await factory.Services.GetRequiredService<PlatformMetrics>().SampleAsync(CancellationToken.None);
        factory.Services.GetRequiredService<InspectionProgress>().Start("footer", 40);
        factory.Services.GetRequiredService<InspectionProgress>().Advance(10);

        var text = await (await Get(client, "/metrics", null)).Content.ReadAsStringAsync();

        foreach (var name in new[]
        {
            "beian_orders{", "beian_outbox_backlog{", "beian_outbox_oldest_age_seconds{", "beian_sweep_lag_seconds",
            "beian_gate_behind", "beian_gate_staleness_seconds", "beian_inspection_cases_open",
            "http_server_request_duration_seconds_bucket",
        })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.Matches("beian_orders\\{[^}]*state=\"PendingInitialReview\"[^}]*\\} 1", text);
        Assert.Matches("beian_outbox_backlog\\{[^}]*outbox=\"notifications\"[^}]*\\} \\d", text);
        Assert.Matches("beian_inspection_targets\\{[^}]*check=\"footer\"[^}]*\\} 40", text);
        Assert.Matches("beian_inspection_done\\{[^}]*check=\"footer\"[^}]*\\} 10", text);
    }

    [Fact]
    public async Task TracesAndMetricsGoOutOverOtlp_WhenAnEndpointIsConfigured()
    {
        var builder = WebApplication.CreateSlimBuilder();
        Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseUrls(builder.WebHost, "http://127.0.0.1:0");
        await using var collector = builder.Build();
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        collector.MapPost("/v1/{signal}", (string signal) =>
        {
            received.Enqueue(signal);
            return Microsoft.AspNetCore.Http.Results.Ok();
        });
        await collector.StartAsync();
        var address = collector.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var factory = new PlatformFactory(Databases.Sqlite, new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = address,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        await factory.CreateClient().GetAsync(new Uri("/api/miit/records?number=京ICP备2024036842号", UriKind.Relative));

        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        // The flush answers false for the metrics: the Prometheus reader beside OTLP is pulled, not pushed.
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        Assert.Contains("traces", received);
        Assert.Contains("metrics", received);
    }

    [Fact]
    public void NoTracesAreCollected_WithoutAnEndpoint()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string? from)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (from is not null)
        {
            request.Headers.Add(ClientAddressFromHeader.Header, from);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The database goes away under the running host: PostgreSQL's is dropped, SQLite's file is no database any more.</summary>
    private static void StopDatabase(PlatformFactory factory)
    {
        if (factory.Database == Databases.Postgres)
        {
            using var scope = factory.Services.CreateScope();
            var name = new NpgsqlConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Storage:ConnectionString"]).Database;
            var admin = new NpgsqlConnectionStringBuilder(Databases.PostgresConnectionString) { Database = "postgres" };
            using var connection = new NpgsqlConnection(admin.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.DataFolder, "beian.db*"))
        {
            File.WriteAllBytes(file, new byte[8192]);
        }
    }
}
