using System.Net;
using Beian.Ports;
using DnsClient;

namespace Beian.Web.Integrations.Dns;

/// <summary>
/// Real DNS through DnsClient: the configured name servers (ip:port), or the machine's own. A and AAAA answers count.
/// </summary>
public sealed class RealDns(ILookupClient client) : IDnsResolver
{
    public static ILookupClient ClientFor(IReadOnlyList<string> servers, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var endpoints = servers.Select(IPEndPoint.Parse).Select(e => new NameServer(e)).ToArray();
        var options = endpoints.Length == 0 ? new LookupClientOptions() : new LookupClientOptions(endpoints);
        options.Timeout = timeout;
        options.Retries = 1;
        options.UseCache = false;
        options.ThrowDnsErrors = false;
        options.ContinueOnDnsError = false;
        return new LookupClient(options);
    }

    public async Task<DnsAnswer> ResolveAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            var a = await client.QueryAsync(name, QueryType.A, cancellationToken: ct);
            if (a.HasError)
            {
                return a.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain
                    ? new DnsAnswer(DnsStatus.NoSuchName, [])
                    : new DnsAnswer(DnsStatus.Failed, [], a.ErrorMessage);
            }

            var aaaa = await client.QueryAsync(name, QueryType.AAAA, cancellationToken: ct);
            var addresses = a.Answers.ARecords().Select(r => r.Address).Concat(aaaa.Answers.AaaaRecords().Select(r => r.Address)).ToList();
            return addresses.Count == 0 ? new DnsAnswer(DnsStatus.NoSuchName, []) : new DnsAnswer(DnsStatus.Resolved, addresses);
        }
        catch (DnsResponseException e)
        {
            return new DnsAnswer(DnsStatus.Failed, [], e.Message);
        }
    }
}
