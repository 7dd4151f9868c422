using System.Security.Claims;
using Beian.Domains;
using Beian.Platform;
using Beian.Ports;
using Beian.Records;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>
/// 批量查询: the filing status of up to <see cref="MaxDomains"/> domains in one request — the account's own records in
/// full, anyone else's as the public query shows them. A subdomain is answered by its registered domain's filing.
/// The national record is asked once per 500 domains, not once per domain.
/// </summary>
public sealed class BulkLookup(ProviderDb db, IBureauGateway bureau)
{
    public const int MaxDomains = 10_000;

    /// <param name="Domains">Up to 10,000 domain names.</param>
    public sealed record Request(IReadOnlyList<string?>? Domains);

    /// <summary>One of the account's own websites, in full.</summary>
    public sealed record OwnRecord(string SubjectIcpNumber, string SubjectName, string WebsiteIcpNumber, string WebsiteName, RecordStatus Status, IReadOnlyList<string> Domains, DateTimeOffset ApprovedAt);

    /// <param name="Domain">As asked.</param>
    /// <param name="Status">own (this account's record), filed (someone else's, as the public query shows it), not_filed, or invalid.</param>
    /// <param name="MatchedDomain">The domain whose filing answered: the one asked, or its registered domain.</param>
    /// <param name="Own">The account's own website, when the status is own.</param>
    /// <param name="Public">The public query's answer, when the status is filed.</param>
    public sealed record Answer(string Domain, string Status, string? MatchedDomain, OwnRecord? Own, PublicRecordRow? Public);

    public async Task<Result<IReadOnlyList<Answer>>> LookupAsync(IReadOnlyList<string?> asked, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(asked);
        if (asked.Count == 0)
        {
            return Problems.Invalid("lookup.empty", "请提供要查询的域名（JSON 的 domains 数组，或每行一个域名的 CSV）。");
        }

        if (asked.Count > MaxDomains)
        {
            return Problems.Invalid("lookup.too_many", $"一次最多查询{MaxDomains}个域名，本次为{asked.Count}个，请分批查询。");
        }

        // Each domain asked, and the names that may answer it: itself, then its registered domain.
        var candidates = asked.Select(a => DomainName.TryNormalise(a, out var name)
            ? (Asked: a!, Names: (string[])[name, .. PublicSuffixList.RegistrableDomain(name) is { } registered && registered != name ? [registered] : Array.Empty<string>()])
            : (Asked: a ?? string.Empty, Names: [])).ToList();
        var names = candidates.SelectMany(c => c.Names).Distinct(StringComparer.Ordinal).ToList();
        var own = await OwnAsync(names, user.Id(), ct);
        var others = await bureau.QueryDomainsAsync([.. names.Where(n => !own.ContainsKey(n))], ct);
        return Result.Ok<IReadOnlyList<Answer>>([.. candidates.Select(c =>
        {
            if (c.Names.Length == 0)
            {
                return new Answer(c.Asked, "invalid", null, null, null);
            }

            foreach (var name in c.Names)
            {
                if (own.TryGetValue(name, out var record))
                {
                    return new Answer(c.Asked, "own", name, record, null);
                }

                if (others.TryGetValue(name, out var row))
                {
                    return new Answer(c.Asked, "filed", name, null, row);
                }
            }

            return new Answer(c.Asked, "not_filed", null, null, null);
        })]);
    }

    private async Task<Dictionary<string, OwnRecord>> OwnAsync(List<string> names, Guid account, CancellationToken ct)
    {
        var found = new Dictionary<string, OwnRecord>(StringComparer.Ordinal);
        foreach (var chunk in names.Chunk(500))
        {
            var websites = await (from d in db.RecordDomains
                                  where chunk.Contains(d.Domain)
                                  join w in db.RecordWebsites on d.WebsiteId equals w.Id
                                  join s in db.RecordSubjects on w.SubjectId equals s.Id
                                  where s.AccountId == account
                                  select new { Subject = s, Website = w }).AsNoTracking().ToListAsync(ct);
            var ids = websites.Select(w => w.Website.Id).Distinct().ToList();
            var domains = (await db.RecordDomains.AsNoTracking().Where(d => ids.Contains(d.WebsiteId)).ToListAsync(ct)).ToLookup(d => d.WebsiteId, d => d.Domain);
            foreach (var w in websites.DistinctBy(w => w.Website.Id))
            {
                var record = new OwnRecord(w.Subject.IcpNumber, w.Subject.Name, w.Website.IcpNumber, w.Website.Name, w.Website.Status, [.. domains[w.Website.Id]], w.Website.ApprovedAt);
                foreach (var domain in domains[w.Website.Id].Where(chunk.Contains))
                {
                    // A live website's answer stands over one whose access ended.
                    if (!found.TryGetValue(domain, out var other) || other.Status != RecordStatus.Normal)
                    {
                        found[domain] = record;
                    }
                }
            }
        }

        return found;
    }
}
