using Beian.Reference;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Bureau;

/// <summary>What the record event notice says about a record the bureau changed on its own.</summary>
public sealed record RecordChangedPayload(string SubjectIcpNumber, string? WebsiteIcpNumber, string Change);

/// <summary>
/// The bureau's own clean-up (lifecycle §10): a website no provider serves any more is cancelled after the province's
/// delay (R-PROV-CFG-25, AMB-09), and an empty-shell subject after its delay (R-PROV-CFG-19: 广东 about 3 days
/// R-PROV-GD-02, 山东 about 10 days R-PROV-SD-01). The principals get 「备案号已被收回」 and former providers a notice.
/// </summary>
public sealed class BureauHousekeeping(BureauDb db, BureauOutbound stream, TimeProvider time)
{
    public const string Reclaimed = "备案号已被收回";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var acted = 0;
        var orphaned = await db.Websites.Include(w => w.Subject).ThenInclude(s => s.Websites).Include(w => w.Domains)
            .Where(w => w.Status == NationalStatus.Normal && w.NoProviderSince != null && w.NoProviderSince <= now)
            .OrderBy(w => w.NoProviderSince).Take(100).ToListAsync(ct);
        foreach (var website in orphaned.Where(w => w.NoProviderSince!.Value.AddDays(ProvinceRuleTable.For(w.Subject.ProvinceCode).NoProviderCancellationDays) <= now))
        {
            website.Status = NationalStatus.Cancelled;
            db.Domains.RemoveRange(website.Domains);
            if (website.Subject.Websites.All(w => w.Status != NationalStatus.Normal))
            {
                website.Subject.EmptySince ??= now;
            }

            Announce(website.Subject, website, website.FormerProviders, now);
            acted++;
        }

        var shells = await db.Subjects.Include(s => s.Websites)
            .Where(s => s.Status == NationalStatus.Normal && s.EmptySince != null && s.EmptySince <= now)
            .OrderBy(s => s.EmptySince).Take(100).ToListAsync(ct);
        foreach (var subject in shells.Where(s => s.EmptySince!.Value.AddDays(ProvinceRuleTable.For(s.ProvinceCode).EmptyShellCleanupDays) <= now))
        {
            subject.Status = NationalStatus.Cancelled;
            Announce(subject, null, subject.Websites.SelectMany(w => w.FormerProviders.Concat(w.Providers)).Distinct(), now);
            acted++;
        }

        await db.SaveChangesAsync(ct);
        return acted;
    }

    private void Announce(NationalSubject subject, NationalWebsite? website, IEnumerable<string> providers, DateTimeOffset now)
    {
        var number = website?.IcpNumber ?? subject.IcpNumber;
        stream.RecordChanged(website is null ? "subject-cleaned-up" : "website-cancelled-no-provider", number);
        foreach (var provider in providers)
        {
            stream.Post(provider, BureauMessageKinds.RecordChanged, number, new RecordChangedPayload(subject.IcpNumber, website?.IcpNumber, "cancelled"));
        }

        if ((website?.Principal ?? subject.Principal) is { } principal)
        {
            db.Sms.Add(new MiitSms { Id = Guid.CreateVersion7(now), To = principal.Mobile, Text = $"【工信部ICP备案】您的备案{number}{Reclaimed}，如需继续开办网站，请重新办理备案。", CreatedAt = now });
        }
    }
}
