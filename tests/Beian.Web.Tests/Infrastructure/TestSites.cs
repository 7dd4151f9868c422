using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// Websites for the footer check: one real HTTP server on 127.0.0.1 that answers by Host — a page, a redirect to
/// another host, or an error status — as each test sets it.
/// </summary>
public sealed class TestSites : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication _app;

    private TestSites(WebApplication app) => _app = app;

    public int Port { get; private set; }

    public static async Task<TestSites> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sites = new TestSites(app);
        app.Run(context => sites._hosts.TryGetValue(context.Request.Host.Host, out var answer) ? answer(context) : NotFound(context));
        await app.StartAsync();
        sites.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return sites;
    }

    /// <summary>A home page whose body ends with this footer.</summary>
    public void Page(string host, string footer, string content = "欢迎访问本站") =>
        _hosts[host] = context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><head><title>首页</title></head><body><main>{content}</main><footer>{footer}</footer></body></html>");
        };

    /// <summary>Forwarding to another host (间接指向).</summary>
    public void Forward(string host, string to) =>
        _hosts[host] = context =>
        {
            context.Response.Redirect($"http://{to}/", permanent: true);
            return Task.CompletedTask;
        };

    public void Status(string host, int status) =>
        _hosts[host] = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };

    public static string Linked(string number, string href = "https://beian.miit.gov.cn/") => $"<a href=\"{href}\" target=\"_blank\">{number}</a>";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
