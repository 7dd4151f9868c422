using Beian.Compliance;
using Beian.Filings;
using Beian.Ports;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>
/// The rectification deadline, swept (R-INSP-03, R-INSP-06, R-BLOCK-06): a case still open past its deadline is
/// claimed by exactly one host (a conditional update), the websites it concerns stop being served here at once — the
/// provider's copy and the record feed say access is cancelled, so the gate blocks — and a cancel-access order goes to
/// the bureau, which keeps the number until no provider is left (then its own clean-up cancels the record).
/// </summary>
public sealed class Rectification(ProviderDb db, IBureauGateway bureau, BureauForwarding forwarding, Notifier notifier, TimeProvider time)
{
    public async Task<int> CancelOverdueAccessAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var overdue = await db.InspectionCases.AsNoTracking().Where(c => c.State == CaseState.Open && c.Deadline <= now)
            .OrderBy(c => c.Deadline).Select(c => c.Id).Take(100).ToListAsync(ct);
        var handled = 0;
        foreach (var id in overdue)
        {
            // The claim, the blocked websites, the orders and the notice commit together: a crash leaves all or none.
            var orders = new List<FilingOrder>();
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                // The claim is the table's row as a conditional update: of two hosts, one moves the case.
                var row = CaseLifecycle.Overdue;
                var claimed = await db.InspectionCases.Where(c => c.Id == id && row.From.Contains(c.State))
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.State, row.To).SetProperty(c => c.ClosedAt, now)
                        .SetProperty(c => c.ActiveKey, (string?)null).SetProperty(c => c.Resolution, row.Resolution), ct);
                if (claimed == 1)
                {
                    orders = await CancelAccessAsync(await db.InspectionCases.AsNoTracking().SingleAsync(c => c.Id == id, ct), now, ct);
                    await transaction.CommitAsync(ct);
                    handled++;
                }
            }

            // Each forwarded on its own, freshly loaded: a conflict with another host over one leaves the others alone.
            foreach (var orderId in orders.Select(o => o.Id).ToList())
            {
                db.ChangeTracker.Clear();
                await ForwardOnceAsync((await db.LoadAsync(orderId, null, ct))!, ct);
            }

            db.ChangeTracker.Clear();
        }

        return handled + await ForwardStrandedAsync(ct);
    }

    /// <summary>Cancel-access orders this job wrote but a crash kept from the bureau: sent again (the same application).</summary>
    private async Task<int> ForwardStrandedAsync(CancellationToken ct)
    {
        var stranded = await db.Orders.Where(o => o.Type == FilingType.CancelAccess && o.State == OrderState.Draft)
            .Join(db.OrderEvents.Where(e => e.Actor == Actor.System && e.Description.StartsWith(NotePrefix)), o => o.Id, e => e.OrderId, (o, e) => o.Id)
            .Distinct().Take(100).ToListAsync(ct);
        foreach (var id in stranded)
        {
            var order = await db.LoadAsync(id, null, ct);
            await ForwardOnceAsync(order!, ct);
            db.ChangeTracker.Clear();
        }

        return stranded.Count;
    }

    /// <summary>
    /// Sends a cancel-access to the bureau. Another host may send the same order at the same moment (its stranded pass
    /// sees this host's fresh order): the application id makes the second submission harmless, and its save loses.
    /// </summary>
    private async Task ForwardOnceAsync(FilingOrder order, CancellationToken ct)
    {
        try
        {
            await forwarding.ForwardAsync(order, OrderAction.ProviderCancelsAccess, Actor.System, BureauForwarding.SystemName, ct);
        }
        catch (OrderConflictException)
        {
            // The other host's forward stands.
        }
    }

    private const string NotePrefix = "专项核查逾期未整改";

    private async Task<List<FilingOrder>> CancelAccessAsync(InspectionCase overdue, DateTimeOffset now, CancellationToken ct)
    {
        var orders = new List<FilingOrder>();
        var subject = await db.RecordSubjects.Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.IcpNumber == overdue.SubjectIcpNumber, ct);
        var websites = subject?.Websites.Where(w => w.Status == RecordStatus.Normal && (overdue.Target == subject.IcpNumber || w.IcpNumber == overdue.Target)).ToList() ?? [];
        // The national record gives both the cancel-access orders' data and the principal's mobile for the notice.
        var record = await bureau.RecordDraftAsync(overdue.SubjectIcpNumber, ct);
        foreach (var website in websites)
        {
            if (website.Apply(RecordAction.CancelAccess, now) is { } cancelled)
            {
                db.RecordEvents.Add(cancelled);
            }

            if (record is null)
            {
                continue;
            }

            var draft = record with { Websites = [.. record.Websites.Where(w => w.IcpNumber == website.IcpNumber)] };
            var order = new FilingOrder(Guid.CreateVersion7(now), StartFiling.NewOrderNumber(now), subject!.AccountId, FilingType.CancelAccess, draft, now, website.IcpNumber);
            order.Note(Actor.System, BureauForwarding.SystemName, now, $"{NotePrefix}（{overdue.Code}），接入商取消接入：{website.IcpNumber}");
            db.Orders.Add(order);
            orders.Add(order);
        }

        await notifier.AccessCancelledForOverdueAsync(overdue, record?.Subject.Principal?.Mobile, ct);
        // The claim was a conditional update, which change tracking does not see: its event is written here.
        db.CaseEvents.Add(CaseEvent.Of(overdue, CaseEvent.Closed, now));
        await db.SaveChangesAsync(ct);
        return orders;
    }
}
