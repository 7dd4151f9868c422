using Beian.Ports;
using Beian.Web.Integrations.Dns;
using Beian.Web.Integrations.Websites;

namespace Beian.Web.Features.Compliance;

/// <summary>The wiring of post-filing compliance: the checks, the live DNS client when configured (the simulator's otherwise) and the site fetcher.</summary>
public static class ComplianceSetup
{
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Compliance");
        var options = section.Get<ComplianceOptions>() ?? new ComplianceOptions();
        services.Configure<ComplianceOptions>(section);
        if (string.Equals(options.Dns, "System", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton(RealDns.ClientFor(options.DnsServers, TimeSpan.FromSeconds(3)));
            services.AddScoped<IDnsResolver, RealDns>();
        }

        SiteFetchOptions.AddTo(services, section);
        services.AddScoped<InspectionCases>();
        services.AddScoped<ComplianceCases>();
        services.AddScoped<RegistryInspection>();
        services.AddScoped<RegistryInspectionBatch>();
        services.AddScoped<FooterCheck>();
        services.AddScoped<EmptyShellCheck>();
        services.AddScoped<Rectification>();
        services.AddScoped<ComplianceRun>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<Review.FooterReview>();
        return services;
    }
}
