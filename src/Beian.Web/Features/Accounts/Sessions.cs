using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// A sign-in (cookie or bearer token) is good only while the account's security stamp is the one it was issued
/// under: signing out, changing the password and disabling the account all change the stamp, which ends every session
/// of the account at its next request. Checked on every request, so that a stolen cookie dies with the sign-out.
/// </summary>
public static class Sessions
{
    /// <summary>The claim of a sign-in whose password must be changed before anything else.</summary>
    public const string MustChangePasswordClaim = "beian:must_change_password";

    /// <summary>The cookie's check (CookieAuthenticationEvents.OnValidatePrincipal).</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is null || await CurrentAsync(context.HttpContext, context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>The account behind a sign-in, or null when the sign-in has been revoked or the account disabled.</summary>
    public static async Task<PlatformUser?> CurrentAsync(HttpContext http, ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = await http.RequestServices.GetRequiredService<SignInManager<PlatformUser>>().ValidateSecurityStampAsync(principal);
        return user is { DisabledAt: null } ? user : null;
    }

    /// <summary>
    /// After authentication: a bearer token is held to the same stamp as a cookie, and a sign-in with a first password
    /// may only change it (the API answers 403, pages go to the change-password page).
    /// </summary>
    public static WebApplication UseSessionChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            var user = http.User;
            if (user.Identity?.IsAuthenticated == true && http.Request.Headers.Authorization.Count > 0
                && await CurrentAsync(http, user) is null)
            {
                // The request goes on as anonymous: open doors (sign-in, the catalogs) stay open, and a closed one
                // answers 401 saying the session ended.
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
                http.Items[Problems.SessionEndedItem] = true;
                user = http.User;
            }

            if (user.HasClaim(c => c.Type == MustChangePasswordClaim) && !MayBeUsedBeforeChange(http.Request.Path))
            {
                if (ConsoleRequests.IsPage(http.Request))
                {
                    http.Response.Redirect("/account/password");
                    return;
                }

                await Problems.Problem(StatusCodes.Status403Forbidden, "account.password_change_required", "首次登录须先修改初始密码（POST /api/accounts/password）。").ExecuteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }

    private static bool MayBeUsedBeforeChange(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/api/accounts") || path.StartsWithSegments("/css")
        || path.StartsWithSegments("/js") || path.StartsWithSegments("/error");
}
