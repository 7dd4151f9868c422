using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Instances;

namespace Beian.Web.Features.Filings;

/// <summary>
/// The applicant's other actions on an order: withdraw (撤销, T18, with a reason), abandon (放弃, T02/T17), supply the
/// material the reviewer asked for (T05), send a returned order back to the bureau unchanged (T11) or take it back for
/// changes (T12). Each one only where the transition table allows it.
/// </summary>
public sealed class ApplicantActions(ProviderDb db, DraftMapper mapper, TimeProvider time, ReferenceTablesInUse tables)
{
    public sealed record Reason([property: JsonRequired] string? Text);

    /// <summary>The reasons an applicant picks from when withdrawing (R-ORDER-06); 其他 takes free text.</summary>
    public static readonly IReadOnlyList<string> WithdrawReasons = ["信息填写有误，需要修改", "资料需要重新上传", "暂不需要备案", "更换接入商", "其他"];

    public Task<Result<OrderView>> WithdrawAsync(Guid id, Reason body, ClaimsPrincipal user, CancellationToken ct)
    {
        var known = WithdrawReasons.Any(r => body?.Text is { } t && (t == r || t.StartsWith("其他：", StringComparison.Ordinal)));
        if (string.IsNullOrWhiteSpace(body?.Text) || !known)
        {
            return Task.FromResult<Result<OrderView>>(Problems.Invalid("R-ORDER-06", $"请从撤销原因中选择：{string.Join("、", WithdrawReasons)}（选择「其他」时请写作「其他：原因」）。"));
        }

        return ActAsync(id, OrderAction.Withdraw, body.Text, user, ct);
    }

    public async Task<Result<OrderView>> AbandonAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        return await ActAsync(id, OrderAction.Abandon, null, user, ct, alongside: order => ServiceCodes.ReleaseAsync(db, order.Id, ct));
    }

    /// <summary>已按要求补充资料 (T05): the applicant sends the order back to initial review.</summary>
    public Task<Result<OrderView>> SupplyMaterialAsync(Guid id, Reason? body, ClaimsPrincipal user, CancellationToken ct) =>
        ActAsync(id, OrderAction.SupplyMaterial, body?.Text, user, ct);

    public Task<Result<OrderView>> ReturnForChangesAsync(Guid id, ClaimsPrincipal user, CancellationToken ct) =>
        ActAsync(id, OrderAction.ReturnForChanges, null, user, ct);

    private async Task<Result<OrderView>> ActAsync(
        Guid id, OrderAction action, string? note, ClaimsPrincipal user, CancellationToken ct, Func<FilingOrder, Task>? alongside = null)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = order.Apply(action, Actor.Applicant, user.DisplayName(), time.GetUtcNow(), note);
        if (error is not null)
        {
            return Problems.From(error);
        }

        if (alongside is not null)
        {
            await alongside(order);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Applicant);
    }

    /// <summary>催办 (R-REVIEW-10): the applicant presses an order the provider has held for more than three working days.</summary>
    public async Task<Result<OrderView>> EscalateAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var now = time.GetUtcNow();
        var refused = ReviewClock.EscalationRefused(order, now, tables.Calendar);
        if (refused is not null)
        {
            return Problems.From(refused);
        }

        order.Note(Actor.Applicant, user.DisplayName(), now, ReviewClock.EscalationNote, $"订单号 {order.Number}");
        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Applicant);
    }
}
