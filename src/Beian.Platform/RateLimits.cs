using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Beian.Platform;

/// <summary>One per-client limit: so many requests in a fixed window.</summary>
public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// Per-client limits of the public doors (the section <c>RateLimits</c>). They stop sweeps and floods; what a single
/// person may do (wrong passwords, SMS resends) is a rule on stored times in the use case itself.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts, console and API together.</summary>
    public RateLimit SignIn { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>New accounts.</summary>
    public RateLimit Register { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// The simulated MIIT pages: SMS verification and resend. High enough that the six attempts of R-SMS-05 always
    /// play out, low enough to stop a sweep across many mobiles.
    /// </summary>
    public RateLimit Miit { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Account recovery and appeals: codes to security phones and uploads, from anyone.</summary>
    public RateLimit Recover { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>The public record query.</summary>
    public RateLimit Query { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>The named limits, partitioned by the client's address (after the trusted proxies' forwarded headers).</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string Miit = "miit";
    public const string Query = "query";
    public const string Recover = "recover";

    public static IServiceCollection AddBeianRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            Add(o, SignIn, limits.SignIn);
            Add(o, Register, limits.Register);
            Add(o, Miit, limits.Miit);
            Add(o, Query, limits.Query);
            Add(o, Recover, limits.Recover);
            o.OnRejected = RejectAsync;
        });
    }

    /// <summary>The client a limit is counted for: its address as the trusted proxies report it.</summary>
    public static string ClientOf(HttpContext context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static void Add(RateLimiterOptions options, string name, RateLimit limit) =>
        options.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        }));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (ConsoleRequests.IsPage(http.Request))
        {
            // An empty 429: the console's status-code pages show the Chinese error page.
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        await Problems.TooManyRequests("request.rate_limited", $"请求过于频繁，请{Math.Ceiling(wait.TotalSeconds)}秒后再试。", wait).ExecuteAsync(http);
    }
}
