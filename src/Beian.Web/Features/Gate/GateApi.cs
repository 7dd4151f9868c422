using System.Net;
using System.Text.Encodings.Web;
using Beian.Gate;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Gate;

/// <summary>
/// The access gate (备案阻断) for reverse proxies: nginx's <c>auth_request</c> asks <c>/gate/check</c> (204 allow, 403 block
/// with the reason in <c>X-Beian-Gate</c>), and sends blocked visitors to <c>/gate/blocked</c>, a Chinese notice that
/// reveals no personal data.
/// </summary>
public static class GateApi
{
    public const string ReasonHeader = "X-Beian-Gate";

    public static IEndpointRouteBuilder MapGate(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/gate").WithTags("接入阻断").AllowAnonymous();
        group.MapGet("/check", Check).WithName("GateCheck").WithSummary("nginx auth_request：204 放行，403 阻断（原因见 X-Beian-Gate）");
        group.MapGet("/blocked", BlockPage).WithName("GateBlockPage").WithSummary("阻断提示页");
        return app;
    }

    /// <summary>The host asked about: nginx passes it as X-Original-Host; otherwise the request's own Host.</summary>
    private static string HostOf(HttpRequest request) =>
        request.Headers["X-Original-Host"].FirstOrDefault() ?? request.Headers.Host.ToString();

    private static IResult Check(HttpContext context, GateState state, IOptions<GateOptions> options)
    {
        if (!InScope(context.Request.Headers["X-Server-Addr"].FirstOrDefault(), options.Value.MainlandRanges))
        {
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }

        var reason = state.Current.Decide(HostOf(context.Request));
        context.Response.Headers[ReasonHeader] = reason.Code();
        return Results.StatusCode(reason == GateReason.Allowed ? StatusCodes.Status204NoContent : StatusCodes.Status403Forbidden);
    }

    private static IResult BlockPage(HttpContext context, GateState state)
    {
        var host = HostOf(context.Request);
        var reason = state.Current.Decide(host);
        var safeHost = HtmlEncoder.Default.Encode(host.Split(':')[0]);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>网站暂时无法访问</title>
            <style>body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222;line-height:1.7}h1{font-size:1.5rem}code{background:#f3f3f3;padding:.1rem .3rem}</style>
            </head><body>
            <h1>网站暂时无法访问</h1>
            <p>您访问的域名 <code>{{safeHost}}</code> 在本接入商没有有效的ICP备案接入。</p>
            <p>{{reason.Explain()}}</p>
            <h2>如果您是网站负责人</h2>
            <ul>
            <li>尚未备案：请登录备案控制台，为该域名办理ICP备案（首次备案或新增网站）。</li>
            <li>已在其他接入商备案：请在本接入商办理接入备案，获批前请勿将域名解析到本接入商的服务器。</li>
            <li>刚刚获批：备案信息同步至本接入商需要一段时间，同步后即可访问。</li>
            </ul>
            <p>可在备案控制台的「访问诊断」中查看具体原因。</p>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: reason == GateReason.Allowed ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden);
    }

    /// <summary>Only requests to the provider's mainland addresses are gated; with no ranges configured, all are.</summary>
    private static bool InScope(string? serverAddress, List<string> ranges)
    {
        if (ranges.Count == 0 || !IPAddress.TryParse(serverAddress, out var address))
        {
            return true;
        }

        return ranges.Any(r => IPNetwork.TryParse(r, out var network) && network.Contains(address));
    }
}
