using Beian.Filings;
using Beian.Records;
using Beian.Time;
using Beian.Web.Data;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>
/// The sweep's reminders of the public-security filing: a week before the deadline and on its last day, to the owner
/// of each live website that has no number recorded. Each reminder is claimed by a conditional update of the count
/// sent, in the same transaction as its message, so that it is sent once across hosts and restarts.
/// </summary>
public sealed class RemindOfPublicSecurity(ProviderDb db, Notifier notifier, TimeProvider time)
{
    public static readonly int[] DaysBefore = [7, 0];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = BeijingTime.Today(time);
        // A website's launch day is its approval's day or later, so none approved within the last 23 days is due yet.
        var approvedBefore = BeijingTime.StartOf(today.AddDays(DaysBefore[0] - PublicSecurityFiling.DaysToFile + 1));
        var candidates = await db.RecordWebsites.AsNoTracking()
            .Where(w => w.Type == ServiceType.Website && w.Status == RecordStatus.Normal && w.PublicSecurityNumber == null
                && w.PublicSecurityReminders < DaysBefore.Length && w.ApprovedAt < approvedBefore)
            .Join(db.RecordSubjects, w => w.SubjectId, s => s.Id, (w, s) => new { w.Id, w.IcpNumber, w.Name, w.ApprovedAt, w.LaunchedOn, w.PublicSecurityReminders, s.AccountId })
            .OrderBy(w => w.ApprovedAt).Take(1000).ToListAsync(ct);
        var sent = 0;
        foreach (var w in candidates)
        {
            var deadline = PublicSecurityFiling.DeadlineOf(w.LaunchedOn ?? BeijingTime.DateOf(w.ApprovedAt));
            var due = DaysBefore.Count(days => today >= deadline.AddDays(-days));
            if (due <= w.PublicSecurityReminders)
            {
                continue;
            }

            // Past the deadline nothing is sent (a reminder of a day gone helps nobody); the website is done with.
            var done = today > deadline ? DaysBefore.Length : due;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.RecordWebsites.Where(x => x.Id == w.Id && x.PublicSecurityReminders == w.PublicSecurityReminders)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.PublicSecurityReminders, done), ct) == 1)
            {
                if (today <= deadline)
                {
                    await notifier.PublicSecurityDueAsync(w.AccountId, w.IcpNumber, w.Name, deadline, lastDay: today == deadline, ct);
                    await db.SaveChangesAsync(ct);
                    sent++;
                }

                await transaction.CommitAsync(ct);
            }
        }

        return sent;
    }
}
