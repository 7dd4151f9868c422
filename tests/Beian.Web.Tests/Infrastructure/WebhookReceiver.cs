using System.Collections.Concurrent;
using Beian.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// A subscriber's endpoint on 127.0.0.1, as an integration developer would write one: it checks each delivery's
/// signature with the secret it was given, answers as the test says (200 unless told to fail), and acts once per event
/// id — a delivery it has seen before is acknowledged without a second effect.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        Clock = clock;
    }

    public sealed record Received(string EventId, string Type, string Body, string Signature, bool SignatureValid, int Answered);

    public string Url { get; private set; } = string.Empty;

    /// <summary>The secrets the receiver accepts (during a rotation, old and new).</summary>
    public List<string> Secrets { get; } = [];

    public Func<DateTimeOffset> Clock { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The effect of each event, once: the event ids acted on, in order.</summary>
    public ConcurrentQueue<string> Effects { get; } = new();

    public static async Task<WebhookReceiver> StartAsync(Func<DateTimeOffset> clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, clock);
        app.MapPost("/hooks", receiver.HandleAsync);
        await app.StartAsync();
        var port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        receiver.Url = $"http://127.0.0.1:{port}/hooks";
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> deliveries are answered with <paramref name="status"/>.</summary>
    public void Fail(int count, int status = 500)
    {
        for (var i = 0; i < count; i++)
        {
            _answers.Enqueue(status);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var signature = context.Request.Headers[WebhookSignature.Header].ToString();
        var valid = Secrets.Any(s => WebhookSignature.Verify(s, signature, body, Clock()));
        var id = context.Request.Headers[WebhookSignature.IdHeader].ToString();
        var status = !valid ? 401 : _answers.TryDequeue(out var planned) ? planned : 200;
        if (status == 200 && !Effects.Contains(id))
        {
            Effects.Enqueue(id);
        }

        Requests.Enqueue(new Received(id, context.Request.Headers[WebhookSignature.TypeHeader].ToString(), body, signature, valid, status));
        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
