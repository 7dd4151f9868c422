using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Beian.Tests;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>The answer nginx gave, read off the socket: status, headers (lower-case names) and body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>
/// A real nginx on loopback, run from a temporary folder with the repository's configuration files: started in the
/// foreground, killed and deleted on dispose. Requests go over a plain socket so that a test controls the Host header
/// byte for byte (case, port, trailing dot, UTF-8).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NginxServer : IAsyncDisposable
{
    private Process? _process;

    private NginxServer(DirectoryInfo folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public DirectoryInfo Folder { get; }

    public int Port { get; }

    public string Data => Path.Combine(Folder.FullName, "data");

    public string PidFile => Path.Combine(Folder.FullName, "nginx.pid");

    public string ErrorLog => Path.Combine(Folder.FullName, "logs", "error.log");

    /// <summary>
    /// A folder with a static site (its index says "served by nginx") and an nginx.conf whose http{} block holds
    /// <paramref name="http"/>, given the folder; <c>{port}</c> in it is the port the site listens on.
    /// </summary>
    public static NginxServer Create(Func<NginxServer, string> http, bool lua = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        var folder = Directory.CreateTempSubdirectory("beian-nginx-");
        var server = new NginxServer(folder, FreePort());
        foreach (var sub in new[] { "html", "logs", "data", "conf" })
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, sub));
        }

        File.WriteAllText(Path.Combine(folder.FullName, "html", "index.html"), "<p>served by nginx</p>");
        // nginx's workers run as an unprivileged user: the site must be readable by others.
        var readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(folder.FullName, readable);
        File.SetUnixFileMode(Path.Combine(folder.FullName, "html"), readable);
        var modules = lua ? "load_module /usr/lib/nginx/modules/ndk_http_module.so;\nload_module /usr/lib/nginx/modules/ngx_http_lua_module.so;" : string.Empty;
        File.WriteAllText(Path.Combine(folder.FullName, "nginx.conf"), $$"""
            worker_processes 2;
            error_log {{folder.FullName}}/logs/error.log;
            pid {{folder.FullName}}/nginx.pid;
            {{modules}}
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{folder.FullName}}/body; proxy_temp_path {{folder.FullName}}/proxy;
              fastcgi_temp_path {{folder.FullName}}/fastcgi; uwsgi_temp_path {{folder.FullName}}/uwsgi; scgi_temp_path {{folder.FullName}}/scgi;
              {{http(server).Replace("{port}", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}}
            }
            """);
        return server;
    }

    /// <summary>A file of deploy/nginx with its paths and ports made this folder's, written to conf/; returns its path.</summary>
    public string Deploy(string name, params (string From, string To)[] replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        var text = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "nginx", name));
        foreach (var (from, to) in replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var path = Path.Combine(Folder.FullName, "conf", name);
        File.WriteAllText(path, text);
        return path;
    }

    public async Task StartAsync(int? alsoWaitFor = null)
    {
        _process = Process.Start(new ProcessStartInfo(Tools.Nginx!, ["-p", Folder.FullName, "-c", Path.Combine(Folder.FullName, "nginx.conf"), "-g", "daemon off;"]) { RedirectStandardError = true })!;
        await WaitForPortAsync(Port);
        if (alsoWaitFor is { } other)
        {
            await WaitForPortAsync(other);
        }
    }

    /// <summary>Stops nginx at once, as a crash would, and waits until nothing answers on its port any more.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        File.Delete(PidFile);

        // The master is gone at once, its workers a moment later: a start before they are would see their socket
        // still open, think the new nginx ready, and have its first request reset by a dying worker.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                return;
            }
        }
    }

    /// <summary>GET / for the host (no Host header at all for an empty one), over a fresh connection.</summary>
    public Task<RawResponse> GetAsync(string host) => RequestAsync(Port, host);

    public static async Task<RawResponse> RequestAsync(int port, string host, string path = "/", IPAddress? address = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address ?? IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        var request = host.Length == 0
            ? $"GET {path} HTTP/1.0\r\n\r\n"
            : $"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var head = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..head].Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return new RawResponse(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, text[(head + 4)..]);
    }

    /// <summary>Polls until the condition holds: nginx's workers copy the overlay ten times a second. Bounded.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || watch.Elapsed > within)
            {
                return value;
            }

            await Task.Delay(20);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until nginx accepts connections; bounded, and it never sleeps on a clock the test controls.</summary>
    private async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (_process is { HasExited: false })
            {
                await Task.Delay(50);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException("nginx stopped: " + await _process!.StandardError.ReadToEndAsync() + await File.ReadAllTextAsync(ErrorLog));
            }
        }

        throw new TimeoutException($"nginx did not listen on {port}: " + await File.ReadAllTextAsync(ErrorLog));
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Folder.Delete(recursive: true);
    }
}
