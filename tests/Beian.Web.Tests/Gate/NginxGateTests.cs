using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Beian.Tests;
using Beian.Web.Features.Gate;
using Beian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Gate;

/// <summary>The repository's nginx configuration, run by a real nginx on loopback in front of the platform.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class NginxGateTests
{
    [NginxFact]
    public async Task Nginx_ServesFiledHostsAndShowsTheBlockPageToOthers()
    {
        Assert.True(Tools.Nginx is not null, "nginx is not installed: ./test.sh installs it");
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Urls"] = "http://127.0.0.1:0" });
        factory.UseKestrel(0);
        factory.StartServer();
        var platform = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("nginx@example.com");
        var order = await FilingJourney.FileAsync(applicant, 111, "nginx-111.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(111);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);

        var folder = Directory.CreateTempSubdirectory("beian-nginx-");
        var port = FreePort();
        Directory.CreateDirectory(Path.Combine(folder.FullName, "html"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "logs"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "html", "index.html"), "<p>served by nginx</p>");
        // nginx's workers run as an unprivileged user: the site must be readable by others.
        var readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(folder.FullName, readable);
        File.SetUnixFileMode(Path.Combine(folder.FullName, "html"), readable);
        var site = (await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "nginx", "beian-gate.conf")))
            .Replace("server 127.0.0.1:5080;", $"server 127.0.0.1:{platform.Port};", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            .Replace("root /var/www/html;", $"root {folder.FullName}/html;", StringComparison.Ordinal);
        var conf = Path.Combine(folder.FullName, "nginx.conf");
        await File.WriteAllTextAsync(conf, $$"""
            worker_processes 1;
            error_log {{folder.FullName}}/logs/error.log;
            pid {{folder.FullName}}/nginx.pid;
            events { worker_connections 64; }
            http {
              access_log off;
              client_body_temp_path {{folder.FullName}}/body; proxy_temp_path {{folder.FullName}}/proxy;
              fastcgi_temp_path {{folder.FullName}}/fastcgi; uwsgi_temp_path {{folder.FullName}}/uwsgi; scgi_temp_path {{folder.FullName}}/scgi;
              {{site}}
            }
            """);
        using var nginx = Process.Start(new ProcessStartInfo(Tools.Nginx!, ["-p", folder.FullName, "-c", conf, "-g", "daemon off;"]) { RedirectStandardError = true })!;
        try
        {
            await WaitForPortAsync(port, nginx);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            var served = await GetAsync(client, "www.nginx-111.cn");
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            var body = await served.Content.ReadAsStringAsync();
            Assert.True(body.Contains("served by nginx", StringComparison.Ordinal), await File.ReadAllTextAsync(Path.Combine(folder.FullName, "logs", "error.log")));

            var blocked = await GetAsync(client, "unfiled-112.cn");
            Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
            Assert.Contains("没有有效的ICP备案接入", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            nginx.Kill(entireProcessTree: true);
            await nginx.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until nginx accepts connections; bounded, and it never sleeps on a clock the test controls.</summary>
    private static async Task WaitForPortAsync(int port, Process nginx)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (!nginx.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException("nginx stopped: " + await nginx.StandardError.ReadToEndAsync());
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}");
    }
}
