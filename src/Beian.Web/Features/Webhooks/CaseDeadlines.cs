using Beian.Compliance;
using Beian.Web.Data;
using Beian.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Webhooks;

/// <summary>
/// An open case whose deadline is within <see cref="WebhookEventTypes.CaseDueNotice"/> gets its "due" event once: the
/// sweep claims it by a conditional update of <see cref="InspectionCase.DueNoticeAt"/> and writes the case event in the
/// same transaction, so that two hosts write it once.
/// </summary>
public sealed class CaseDeadlines(ProviderDb db, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var soon = now + WebhookEventTypes.CaseDueNotice;
        var due = await db.InspectionCases.AsNoTracking().Where(c => c.State == CaseState.Open && c.DueNoticeAt == null && c.Deadline <= soon)
            .OrderBy(c => c.Deadline).Take(100).ToListAsync(ct);
        var written = 0;
        foreach (var found in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.InspectionCases.Where(c => c.Id == found.Id && c.DueNoticeAt == null && c.State == CaseState.Open)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.DueNoticeAt, now), ct) == 1)
            {
                db.CaseEvents.Add(CaseEvent.Of(found, CaseEvent.Due, now));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                written++;
            }
        }

        return written;
    }
}
