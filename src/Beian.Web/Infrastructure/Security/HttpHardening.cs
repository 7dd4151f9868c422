using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Beian.Web.Infrastructure.Security;

/// <summary>Settings of the HTTP edge: the section <c>Http</c>.</summary>
public sealed class HttpOptions
{
    /// <summary>
    /// Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty: no
    /// proxy is trusted, and the client address and scheme are those of the connection.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
}

/// <summary>
/// What every response carries so that a browser treats the console safely, and how the client's address and scheme
/// are learnt behind a TLS proxy (which also makes cookies <c>Secure</c> there).
/// </summary>
public static class HttpHardening
{
    /// <summary>The console: no inline script or style, nothing framed, forms post only here.</summary>
    public const string ConsolePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The API reference (Scalar) starts itself with an inline module script and styles itself inline.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The gate's block page: one inline stylesheet (it is served for any host, with no files of its own), no script.</summary>
    public const string GatePolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection("Http").Get<HttpOptions>() ?? new HttpOptions();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only what the operator names is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var entry in options.TrustedProxies)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return builder;
    }

    /// <summary>Forwarded headers first (so that everything after sees the client's scheme), then the security headers.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // With no proxy named, the middleware would believe every peer (ASP.NET Core checks the sender only against
        // lists that have entries): then it must not run at all.
        if (app.Configuration.GetSection("Http").Get<HttpOptions>() is { TrustedProxies.Count: > 0 })
        {
            app.UseForwardedHeaders();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() => AddHeaders(context));
            return next(context);
        });
        return app;
    }

    private static Task AddHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-reference") ? ApiReferencePolicy
            : context.Request.Path.StartsWithSegments("/gate") ? GatePolicy
            : ConsolePolicy;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }

        return Task.CompletedTask;
    }
}
