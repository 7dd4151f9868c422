using Beian.Filings;
using Beian.Ports;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Hands orders to the bureau: an order that passed initial review (T08, R-REVIEW-09: within one working day — here at once, and
/// by the sweep for any that a crash left behind), or a returned order the applicant sends back unchanged (T11).
/// The bureau application is named before the order changes, so a retry after a crash submits the same one again.
/// </summary>
public sealed class BureauForwarding(ProviderDb db, IBureauGateway bureau, Notifications.Notifier notifier, TimeProvider time)
{
    public const string SystemName = "备案系统";

    public async Task<DomainError?> ForwardAsync(FilingOrder order, OrderAction action, Actor actor, string actorName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (OrderTransitions.Find(order.State, action, order.Path) is null)
        {
            return OrderTransitions.Refusal(order.State, action, order.Path);
        }

        await bureau.SubmitAsync(new BureauSubmission(order.NextBureauApplicationId, order.Number, order.Type, order.Draft, order.TargetIcpNumber), ct);
        var error = order.Apply(action, actor, actorName, time.GetUtcNow());
        if (error is null)
        {
            if (order.State == OrderState.AwaitingSmsVerification)
            {
                await notifier.SmsVerificationNeededAsync(order, ct);
            }

            await db.SaveOrderAsync(ct);
        }

        return error;
    }

    /// <summary>The sweep's part: every order still waiting to be forwarded.</summary>
    public async Task<int> ForwardWaitingAsync(CancellationToken ct)
    {
        var waiting = await db.Orders.Where(o => o.State == OrderState.InitialReviewPassed).OrderBy(o => o.Number).Select(o => o.Id).Take(100).ToListAsync(ct);
        foreach (var id in waiting)
        {
            var order = await db.LoadAsync(id, null, ct);
            try
            {
                await ForwardAsync(order!, OrderAction.Forward, Actor.System, SystemName, ct);
            }
            catch (OrderConflictException)
            {
                // Another host forwarded it: the same application id made that harmless.
            }

            db.ChangeTracker.Clear();
        }

        return waiting.Count;
    }
}
