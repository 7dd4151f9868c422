namespace Beian.Web.Integrations.Websites;

/// <summary>How filed sites are fetched (read from section <c>Compliance</c>, beside the checks that fetch them).</summary>
public sealed class SiteFetchOptions
{
    /// <summary>The port a site's http:// address is fetched on (80; tests serve their sites elsewhere on loopback).</summary>
    public int HttpPort { get; set; } = 80;

    /// <summary>The port a site's https:// address is fetched on.</summary>
    public int HttpsPort { get; set; } = 443;

    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Requests to one host at once: polite crawling.</summary>
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Registers the live fetcher as the <see cref="Ports.ISiteFetcher"/> port.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration section)
    {
        services.Configure<SiteFetchOptions>(section);
        // The fetcher says itself, in one line, why a site could not be fetched: the client's own loggers would write a
        // stack trace at information level for every ordinary DNS miss or refused connection.
        services.AddHttpClient(SiteFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(SiteFetcher.Handler).RemoveAllLoggers();
        services.AddSingleton<Ports.ISiteFetcher, SiteFetcher>();
    }
}
