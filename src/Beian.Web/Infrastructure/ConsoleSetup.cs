using Beian.Platform;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Beian.Web.Infrastructure;

/// <summary>
/// The console: server-rendered pages on the platform host (Razor Pages), each folder open to one role. The API keeps
/// answering 401/403 and problem+json; pages redirect to sign-in and show their errors as Chinese pages.
/// </summary>
public static class ConsoleSetup
{
    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        // Pages sign in with the cookie alone, so that a missing sign-in redirects to the sign-in page instead of a 401.
        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(Roles.PagePolicy(role), p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(role));
        }

        authorization.AddPolicy(Roles.PagePolicy("signed-in"), p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        // The support desk is support's, and the admin's, as the support API is.
        authorization.AddPolicy(Roles.PagePolicy("support-desk"), p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Support, Roles.Admin));

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new TextInputFilters.PageFilter());
            o.Conventions.AuthorizeFolder("/Console", Roles.PagePolicy(Roles.Applicant));
            o.Conventions.AuthorizeFolder("/Workbench", Roles.PagePolicy(Roles.Reviewer));
            o.Conventions.AuthorizeFolder("/Admin", Roles.PagePolicy(Roles.Admin));
            o.Conventions.AuthorizeFolder("/Sandbox", Roles.PagePolicy(Roles.Admin));
            o.Conventions.AuthorizeFolder("/Support", Roles.PagePolicy("support-desk"));
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, which behind a trusted TLS proxy its X-Forwarded-Proto says.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnValidatePrincipal = Sessions.ValidateCookieAsync;
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToLogin = c => ConsoleRequests.IsPage(c.Request) ? Redirect(c) : Status(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ConsoleRequests.IsPage(c.Request) ? Redirect(c) : Status(c, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    /// <summary>Static files, and for pages (not the API or the gate) Chinese error pages.</summary>
    public static WebApplication UseConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.UseWhen(c => ConsoleRequests.IsPage(c.Request), page =>
        {
            page.UseExceptionHandler("/error/500");
            page.UseStatusCodePagesWithReExecute("/error/{0}");
        });

        // Routing after the error pages, so that a re-executed request finds the error page's endpoint.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
