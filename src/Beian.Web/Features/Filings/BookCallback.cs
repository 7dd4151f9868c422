using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>预约回电 (R-REVIEW-06): the applicant books a window for the review call; a new booking replaces an open one.</summary>
public sealed class BookCallback(ProviderDb db, TimeProvider time)
{
    /// <param name="From">The start of the window.</param>
    /// <param name="To">Its end.</param>
    /// <param name="Note">The number to call or whom to ask for.</param>
    public sealed record Request([property: JsonRequired] DateTimeOffset From, [property: JsonRequired] DateTimeOffset To, string? Note = null);

    public sealed record CallbackView(Guid Id, DateTimeOffset From, DateTimeOffset To, string? Note, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

    public async Task<Result<CallbackView>> RequestAsync(Guid orderId, Request body, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.AccountId == user.Id()).Select(o => new { o.State }).FirstOrDefaultAsync(ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        if (!CallbackRequest.Accepts(order.State))
        {
            return Problems.Conflict("callback.not_in_review", "只有待初审或初审中的订单可以预约回电。");
        }

        var now = time.GetUtcNow();
        if (CallbackRequest.WindowRefusal(body.From, body.To, now) is { } refusal)
        {
            return Problems.Invalid("callback.window_invalid", refusal);
        }

        if (TextInput.Problem("note", body.Note, 200, "备注") is { } tooLong)
        {
            return tooLong;
        }

        await db.CallbackRequests.Where(c => c.OrderId == orderId && c.AnsweredAt == null).ExecuteDeleteAsync(ct);
        var booked = new CallbackRequest { Id = Guid.CreateVersion7(now), OrderId = orderId, From = body.From, To = body.To, Note = body.Note?.Trim(), RequestedAt = now };
        db.CallbackRequests.Add(booked);
        await db.SaveChangesAsync(ct);
        return View(booked);
    }

    /// <summary>The bookings of one of the applicant's orders.</summary>
    public async Task<Result<List<CallbackView>>> MineAsync(Guid orderId, ClaimsPrincipal user, CancellationToken ct) =>
        await db.Orders.AnyAsync(o => o.Id == orderId && o.AccountId == user.Id(), ct) ? await ForOrderAsync(orderId, ct) : Problems.NotFound("order");

    /// <summary>The order's bookings, newest first, for the applicant's and the reviewer's pages.</summary>
    public async Task<List<CallbackView>> ForOrderAsync(Guid orderId, CancellationToken ct) =>
        (await db.CallbackRequests.AsNoTracking().Where(c => c.OrderId == orderId).OrderByDescending(c => c.RequestedAt).ToListAsync(ct)).ConvertAll(View);

    /// <summary>A call logged on the order answers the open booking, in the caller's transaction.</summary>
    public async Task AnswerAsync(Guid orderId, CancellationToken ct)
    {
        foreach (var open in await db.CallbackRequests.Where(c => c.OrderId == orderId && c.AnsweredAt == null).ToListAsync(ct))
        {
            open.AnsweredAt = time.GetUtcNow();
        }
    }

    private static CallbackView View(CallbackRequest c) => new(c.Id, c.From, c.To, c.Note, c.RequestedAt, c.AnsweredAt);
}
