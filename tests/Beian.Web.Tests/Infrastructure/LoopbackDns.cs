using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>
/// A small authoritative DNS server on 127.0.0.1 (UDP) for the real-DNS tests: it answers A queries from its table,
/// NXDOMAIN for names it does not know, and an empty answer for other types.
/// </summary>
public sealed class LoopbackDns : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly ConcurrentDictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();

    public LoopbackDns() => _ = ServeAsync();

    public string Endpoint => ((IPEndPoint)_udp.Client.LocalEndPoint!).ToString();

    public void Set(string name, params string[] addresses) => _names[name] = [.. addresses.Select(IPAddress.Parse)];

    public void Dispose()
    {
        _stop.Cancel();
        _udp.Dispose();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult received;
            try
            {
                received = await _udp.ReceiveAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            await _udp.SendAsync(Answer(received.Buffer), received.RemoteEndPoint, _stop.Token);
        }
    }

    private byte[] Answer(byte[] query)
    {
        // The question: labels from offset 12, then type and class.
        var labels = new List<string>();
        var at = 12;
        while (query[at] != 0)
        {
            labels.Add(Encoding.ASCII.GetString(query, at + 1, query[at]));
            at += query[at] + 1;
        }

        var questionEnd = at + 5;
        var type = BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(at + 1));
        var known = _names.TryGetValue(string.Join('.', labels), out var addresses);
        var answers = known && type == 1 ? addresses!.Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToArray() : [];
        var response = new List<byte>(query[..questionEnd]);
        response[2] = 0x84; // a response, authoritative
        response[3] = (byte)(known ? 0x00 : 0x03); // NOERROR or NXDOMAIN
        response[6] = 0;
        response[7] = (byte)answers.Length;
        response[8] = response[9] = response[10] = response[11] = 0;
        foreach (var address in answers)
        {
            response.AddRange([0xC0, 0x0C, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4]);
            response.AddRange(address.GetAddressBytes());
        }

        return [.. response];
    }
}
