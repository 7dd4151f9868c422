using Beian.Gate;

namespace Beian.Web.Features.Gate;

/// <summary>
/// The access gate (备案阻断) for reverse proxies: nginx's <c>auth_request</c> asks <c>/gate/check</c> (204 allow, 403 block
/// with the reason in <c>X-Beian-Gate</c>), and sends blocked visitors to <c>/gate/blocked</c>, a Chinese notice that
/// reveals no personal data.
/// </summary>
public static class GateApi
{
    public static IEndpointRouteBuilder MapGate(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/gate").WithTags("接入阻断").AllowAnonymous();
        group.MapGet("/check", Check).WithName("GateCheck").WithSummary("nginx auth_request：204 放行，403 阻断（原因见 X-Beian-Gate）");
        group.MapGet("/blocked", BlockPage).WithName("GateBlockPage").WithSummary("阻断提示页");
        group.MapGateFeed();
        return app;
    }

    /// <summary>The host asked about: nginx passes it as X-Original-Host; otherwise the request's own Host.</summary>
    private static string HostOf(HttpRequest request) =>
        request.Headers[GateWire.OriginalHostHeader].FirstOrDefault() ?? request.Headers.Host.ToString();

    private static IResult Check(HttpContext context, GateState state, MainlandRanges scope)
    {
        if (!scope.Gates(context.Request.Headers[GateWire.ServerAddressHeader].FirstOrDefault()))
        {
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }

        var reason = state.Current.Decide(HostOf(context.Request));
        context.Response.Headers[GateWire.ReasonHeader] = reason.Code();
        return Results.StatusCode(reason == GateReason.Allowed ? StatusCodes.Status204NoContent : StatusCodes.Status403Forbidden);
    }

    private static IResult BlockPage(HttpContext context, GateState state)
    {
        var host = HostOf(context.Request);
        var reason = state.Current.Decide(host);
        return Results.Content(Beian.Gate.BlockPage.Render(host, reason), "text/html; charset=utf-8", statusCode: reason == GateReason.Allowed ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden);
    }
}
