using Beian.Gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// A Beian.Gateway process in memory, reading the gate feed of a test platform and proxying to an upstream on loopback.
/// It does not follow the feed by itself: a test calls <see cref="GateMirror.FollowAsync"/> when it wants the next step.
/// </summary>
public sealed class GatewayFactory(PlatformFactory platform, string feedKey, int upstreamPort, string? mainlandRange = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<GateMirror>
{
    public GateMirror Mirror => Services.GetRequiredService<GateMirror>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Gateway:Platform", "http://platform.test");
        builder.UseSetting("Gateway:FeedKey", feedKey);
        builder.UseSetting("Gateway:Upstream", $"http://127.0.0.1:{upstreamPort}");
        builder.UseSetting("Gateway:Follow", "false");
        if (mainlandRange is not null)
        {
            builder.UseSetting("Gateway:MainlandRanges:0", mainlandRange);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(GateMirror.PlatformClient).ConfigurePrimaryHttpMessageHandler(() => platform.Server.CreateHandler());
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        });
    }
}
