using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no network peer: a request may name the client's address in <see cref="Header"/>, as a
/// connection from that address would have it. Before anything of the platform runs.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address)
                ? address
                : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
