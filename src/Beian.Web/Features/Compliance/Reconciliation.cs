using Beian.Ports;
using Beian.Records;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>One difference between this provider's copy and the national record.</summary>
public sealed record Drift(string IcpNumber, string Kind, string Detail, bool Repaired);

public sealed record ReconciliationReport(int Compared, IReadOnlyList<Drift> Drifts);

/// <summary>
/// Reconciliation (对账): compares the provider's copy of the record with the national record through the bureau port
/// and reports every difference. With <c>repair</c>, it fixes only what makes the copy stricter — a website the
/// bureau cancelled or no longer lists with this provider stops being served, a domain the bureau removed is removed,
/// a renamed website is renamed — each with a record event so the gate follows. What would open access (a website or
/// domain the bureau has and the copy lacks) is reported for a person to look at, never repaired here.
/// </summary>
public sealed class Reconciliation(ProviderDb db, IBureauGateway bureau, TimeProvider time)
{
    public async Task<ReconciliationReport> RunAsync(bool repair, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ours = await db.RecordWebsites.Include(w => w.Domains).Where(w => w.Status == RecordStatus.Normal).ToListAsync(ct);
        var national = (await bureau.WebsitesAsync([.. ours.Select(w => w.IcpNumber)], ct)).ToDictionary(w => w.IcpNumber, StringComparer.Ordinal);
        var drifts = new List<Drift>();
        foreach (var website in ours)
        {
            var domains = website.Domains.Select(d => d.Domain).ToList();
            if (!national.TryGetValue(website.IcpNumber, out var theirs) || !theirs.Live)
            {
                drifts.Add(Stop(website, RecordAction.Cancel, "record-cancelled", "工信部备案库中该网站已注销，本接入商仍在接入", repair, now));
                continue;
            }

            if (!theirs.ServedByCaller)
            {
                drifts.Add(Stop(website, RecordAction.CancelAccess, "access-cancelled", "工信部备案库中该网站已不由本接入商接入", repair, now));
                continue;
            }

            var removed = domains.Except(theirs.Domains, StringComparer.Ordinal).ToList();
            if (removed.Count > 0)
            {
                if (repair)
                {
                    website.Domains.RemoveAll(d => removed.Contains(d.Domain));
                    db.RecordEvents.Add(new RecordEvent { Kind = "website-changed", IcpNumber = website.IcpNumber, Domains = removed, At = now });
                }

                drifts.Add(new(website.IcpNumber, "domain-removed", $"域名{string.Join("、", removed)}已不在工信部备案中", repair));
            }

            var missing = theirs.Domains.Except(domains, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                drifts.Add(new(website.IcpNumber, "domain-missing-here", $"工信部备案中有域名{string.Join("、", missing)}，本接入商未同步，请人工核实", false));
            }

            if (theirs.Name != website.Name)
            {
                if (repair)
                {
                    website.Name = theirs.Name;
                }

                drifts.Add(new(website.IcpNumber, "name-differs", $"网站名称与工信部备案不一致（工信部为「{theirs.Name}」）", repair));
            }
        }

        var served = ours.Select(w => w.IcpNumber).ToHashSet(StringComparer.Ordinal);
        drifts.AddRange(national.Values.Where(w => w.Live && w.ServedByCaller && !served.Contains(w.IcpNumber))
            .Select(w => new Drift(w.IcpNumber, "missing-here", "工信部备案中由本接入商接入，本接入商的备案信息中没有或未在接入，请人工核实", false)));
        if (repair)
        {
            await db.SaveChangesAsync(ct);
        }

        return new ReconciliationReport(ours.Count, drifts);
    }

    private Drift Stop(RecordWebsite website, RecordAction action, string kind, string detail, bool repair, DateTimeOffset now)
    {
        if (repair && website.Apply(action, now) is { } stopped)
        {
            db.RecordEvents.Add(stopped);
        }

        return new(website.IcpNumber, kind, detail, repair);
    }
}
