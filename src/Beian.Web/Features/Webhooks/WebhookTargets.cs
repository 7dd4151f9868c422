using System.Net;
using System.Net.Sockets;
using Beian.Gate;
using Beian.Platform;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// Where webhooks may go. A subscriber names a URL; the platform must not be made to post into the provider's own
/// network (SSRF): an address that is not public — loopback, private, link-local, carrier-grade NAT, multicast — is
/// refused unless <see cref="WebhookOptions.AllowedNetworks"/> lets it, both when the URL is given and, against DNS
/// that changes its answer, when each delivery connects. Redirects are not followed.
/// </summary>
public sealed class WebhookTargets(IOptions<WebhookOptions> options, IOptions<PlatformOptions> platform)
{
    public const string ClientName = "webhooks";

    private static readonly AddressRanges NotPublic = new(
    [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3", "::/96", "::1/128", "64:ff9b::/96", "2001::/32", "2002::/16", "fc00::/7",
        "fe80::/10", "ff00::/8",
    ]);

    /// <summary>Set on a delivery's request when it is the admin's subscription: the connect check lets it into <see cref="WebhookOptions.AdminNetworks"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> ForAdmin = new("beian.webhook.admin");

    private readonly AddressRanges _allowed = new(options.Value.AllowedNetworks);
    private readonly AddressRanges _admin = new(options.Value.AdminNetworks);

    public bool MayReach(IPAddress address, bool admin) =>
        _allowed.Contains(address) || (admin && _admin.Contains(address)) || !NotPublic.Contains(address);

    /// <summary>The URL's problem in Chinese, or null when a subscription (the admin's, or an account's) may use it.</summary>
    public string? Refusal(string? url, bool admin)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "请填写完整的接收地址（https:// 开头，不超过500个字符）。";
        }

        if (uri.Scheme == "http" && !(options.Value.AllowHttp ?? platform.Value.Sandbox))
        {
            return "接收地址须使用 https。";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "接收地址中不能包含用户名或密码，请用签名验证来源。";
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) && !MayReach(literal, admin)
            ? "接收地址不能指向内网、本机或保留地址。"
            : null;
    }

    /// <summary>The deliveries' handler: every connection is checked against the rule above at connect time.</summary>
    public static SocketsHttpHandler Handler(IServiceProvider services) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,

        // A proxy from the environment would make the check below see the proxy's address, never the receiver's.
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, ct) =>
        {
            var targets = services.GetRequiredService<WebhookTargets>();
            var admin = context.InitialRequestMessage.Options.TryGetValue(ForAdmin, out var forAdmin) && forAdmin;
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var address = addresses.FirstOrDefault(a => targets.MayReach(a, admin))
                ?? throw new HttpRequestException(HttpRequestError.ConnectionError, $"{context.DnsEndPoint.Host} 解析到内网或保留地址，不予发送");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
