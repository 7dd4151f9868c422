using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Beian.Ports;
using Microsoft.Extensions.Options;

namespace Beian.Web.Integrations.Websites;

/// <summary>
/// Fetches filed sites' home pages by real HTTP (R-FOOTER-14), resolving names through the DNS port, following
/// redirects itself (at most <see cref="SiteFetchOptions.MaxRedirects"/>) to see which domain finally serves the page,
/// with a timeout, a size limit and a per-host limit on concurrent requests. Each failure says what failed.
/// </summary>
public sealed class SiteFetcher(IHttpClientFactory clients, IOptions<SiteFetchOptions> options) : ISiteFetcher
{
    public const string ClientName = "site-fetch";
    private const int MaxPageBytes = 1024 * 1024;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The handler: names go through the DNS port, never the machine's resolver, so sandbox names work too.</summary>
    public static SocketsHttpHandler Handler(IServiceProvider services) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = async (context, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var answer = await scope.ServiceProvider.GetRequiredService<IDnsResolver>().ResolveAsync(context.DnsEndPoint.Host, ct);
            if (answer.Status != DnsStatus.Resolved)
            {
                throw new HttpRequestException(HttpRequestError.NameResolutionError, $"DNS：{context.DnsEndPoint.Host} {(answer.Status == DnsStatus.NoSuchName ? "没有解析记录" : "解析失败")}");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(answer.Addresses[0], context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public async Task<SiteFetch> FetchAsync(string domain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var settings = options.Value;
        var client = clients.CreateClient(ClientName);
        var url = UrlOf("http", domain, "/");
        var forwarded = false;
        for (var hop = 0; hop <= settings.MaxRedirects; hop++)
        {
            var host = url.Host;
            var gate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(settings.PerHostConcurrency));
            await gate.WaitAsync(ct);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(settings.FetchTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Host = host;
                request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (compatible; BeianInspector/1.0; +https://beian.miit.gov.cn/)");
                request.Headers.AcceptLanguage.ParseAdd("zh-CN");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = new Uri(url, location);
                    forwarded |= !SameSite(next.Host, domain);
                    url = UrlOf(next.Scheme, next.Host, next.PathAndQuery);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new(domain, FetchOutcome.HttpStatus, host, forwarded, status, null, $"网站返回 HTTP {status}");
                }

                var html = await ReadLimitedAsync(response, timeout.Token);
                return new(domain, FetchOutcome.Ok, host, forwarded, status, html, "已获取首页");
            }
            catch (HttpRequestException e) when (Cause(e, HttpRequestError.NameResolutionError) is { } dns)
            {
                return new(domain, FetchOutcome.DnsFailed, host, forwarded, null, null, dns.Message);
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError)
            {
                return new(domain, FetchOutcome.TlsFailed, host, forwarded, null, null, "HTTPS 证书或加密连接错误");
            }
            catch (HttpRequestException e)
            {
                return new(domain, FetchOutcome.ConnectFailed, host, forwarded, null, null, $"无法连接网站服务器（{e.HttpRequestError}）");
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return new(domain, FetchOutcome.Timeout, host, forwarded, null, null, $"网站在{settings.FetchTimeout.TotalSeconds:0}秒内没有响应");
            }
            finally
            {
                gate.Release();
            }
        }

        return new(domain, FetchOutcome.TooManyRedirects, url.Host, forwarded, null, null, $"跳转超过{settings.MaxRedirects}次");
    }

    /// <summary>The handler wraps what the connect step throws: the cause may sit one level down.</summary>
    private static HttpRequestException? Cause(HttpRequestException e, HttpRequestError error) =>
        e.HttpRequestError == error ? e : e.InnerException is HttpRequestException inner && inner.HttpRequestError == error ? inner : null;

    /// <summary>www.example.cn and example.cn are one site: forwarding between them is not pointing elsewhere.</summary>
    private static bool SameSite(string a, string b) =>
        string.Equals(Bare(a), Bare(b), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private Uri UrlOf(string scheme, string host, string pathAndQuery)
    {
        var port = scheme == "https" ? options.Value.HttpsPort : options.Value.HttpPort;
        return new UriBuilder(scheme, host, port, pathAndQuery.Split('?')[0]) { Query = pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty }.Uri;
    }

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxPageBytes];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
