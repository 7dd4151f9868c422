using System.Security.Claims;
using System.Text.Encodings.Web;
using Beian.Accounts;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// API keys as bearer credentials (<c>Authorization: Bearer bk_…</c>) on <c>/api</c> only: the key's account signs in
/// as itself, with the key's id and scopes as claims. Pages never see a key — the console's requests go to the sign-in
/// schemes — and an API endpoint a key may call names its scope (<see cref="ApiKeyScope"/>); any other refuses the key.
/// </summary>
public sealed partial class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ProviderDb db,
    UserManager<PlatformUser> users,
    IUserClaimsPrincipalFactory<PlatformUser> principals,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Identity's own composite of its bearer token and cookie (internal in ASP.NET Core Identity), chosen otherwise.</summary>
    public const string SignInSchemes = "Identity.BearerAndApplication";
    public const string KeyClaim = "beian:api_key";
    public const string ScopeClaim = "beian:scope";

    /// <summary>Set on a request whose key was refused: its 401 says why.</summary>
    public const string RefusedItem = Problems.ApiKeyRefusedItem;

    /// <summary>Last use is written at most this often per key: a busy client must not write on every call.</summary>
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    /// <summary>The scheme the platform authenticates with: a key on an API request, the sign-in schemes otherwise.</summary>
    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        return context.Request.Path.StartsWithSegments("/api") && header.StartsWith("Bearer " + ApiKey.Marker, StringComparison.Ordinal)
            ? SchemeName
            : SignInSchemes;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (ApiKey.PrefixOf(presented) is not { } prefix)
        {
            return Refuse("API 密钥格式不正确。");
        }

        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !key.Matches(presented))
        {
            return Refuse("API 密钥不正确。");
        }

        var now = time.GetUtcNow();
        if (key.RevokedAt is not null)
        {
            return Refuse("API 密钥已被吊销。");
        }

        if (key.ExpiresAt <= now)
        {
            return Refuse("API 密钥已过期，请在控制台创建新的密钥。");
        }

        var user = await users.FindByIdAsync(key.AccountId.ToString());
        if (user is null || user.DisabledAt is not null)
        {
            return Refuse("API 密钥所属账号已停用。");
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt >= UseResolution)
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = await principals.CreateAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(KeyClaim, key.Prefix));
        foreach (var scope in key.Scopes)
        {
            identity.AddClaim(new Claim(ScopeClaim, scope));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Refuse(string why)
    {
        Context.Items[RefusedItem] = why;
        LogRefused(Logger, why);
        return AuthenticateResult.Fail(why);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API key refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

/// <summary>Wires API keys: the scheme, the selection of schemes, and the scope check after authentication.</summary>
public static class ApiKeySetup
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddScoped<ApiKeys>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddPolicyScheme("ApiKeyOrSignIn", null, o => o.ForwardDefaultSelector = ApiKeyAuthentication.Select);
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = "ApiKeyOrSignIn");
        return services;
    }

    /// <summary>After authentication: a key may call only an endpoint that names one of its scopes.</summary>
    public static WebApplication UseApiKeyScopes(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            if (http.User.HasClaim(c => c.Type == ApiKeyAuthentication.KeyClaim) && http.GetEndpoint() is { } endpoint)
            {
                var needed = endpoint.Metadata.GetMetadata<ApiKeyScope>()?.Scope;
                if (needed is null || !http.User.HasClaim(ApiKeyAuthentication.ScopeClaim, needed))
                {
                    var detail = needed is null
                        ? "该接口不接受 API 密钥，请登录后使用。"
                        : $"该 API 密钥没有调用此接口所需的权限：{needed}（{ApiScopes.ChineseName(needed)}）。";
                    await Problems.Problem(StatusCodes.Status403Forbidden, "api_key.scope", detail).ExecuteAsync(http);
                    return;
                }
            }

            await next(http);
        });
        return app;
    }
}
