using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// The bureau's own clean-up (lifecycle §10): a website no provider serves any more is cancelled after the province's
/// delay (R-PROV-CFG-25, AMB-09), and an empty-shell subject after its delay (R-PROV-CFG-19: 广东 about 3 days
/// R-PROV-GD-02, 山东 about 10 days R-PROV-SD-01). The principals get 「备案号已被收回」 and former providers a notice.
/// </summary>
public sealed class BureauHousekeeping(BureauDb db, RecordReclaim reclaim, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var acted = 0;
        var orphaned = await db.Websites.Include(w => w.Subject).ThenInclude(s => s.Websites).Include(w => w.Domains)
            .Where(w => w.Status == NationalStatus.Normal && w.NoProviderSince != null && w.NoProviderSince <= now)
            .OrderBy(w => w.NoProviderSince).Take(100).ToListAsync(ct);
        foreach (var website in orphaned.Where(w => w.NoProviderSince!.Value.AddDays(ProvinceRuleTable.For(w.Subject.ProvinceCode).NoProviderCancellationDays) <= now))
        {
            reclaim.CancelWebsite(website, now);

            reclaim.Announce(website.Subject, website, website.FormerProviders, "website-cancelled-no-provider", now);
            acted++;
        }

        var shells = await db.Subjects.Include(s => s.Websites)
            .Where(s => s.Status == NationalStatus.Normal && s.EmptySince != null && s.EmptySince <= now)
            .OrderBy(s => s.EmptySince).Take(100).ToListAsync(ct);
        foreach (var subject in shells.Where(s => s.EmptySince!.Value.AddDays(ProvinceRuleTable.For(s.ProvinceCode).EmptyShellCleanupDays) <= now))
        {
            subject.Apply(NationalRecordAction.Cancel);
            reclaim.Announce(subject, null, subject.Websites.SelectMany(w => w.FormerProviders.Concat(w.Providers)), "subject-cleaned-up", now);
            acted++;
        }

        await db.SaveChangesAsync(ct);
        return acted;
    }
}
