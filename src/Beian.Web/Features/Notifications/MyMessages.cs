using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Notifications;

/// <summary>
/// 消息中心 (站内信): every notification the account was sent, newest first, a page at a time — the e-mail and the SMS
/// of one notification are one message here, with the channels it went by and its order.
/// </summary>
public sealed class MyMessages(ProviderDb db)
{
    public const int PageSize = 20;

    public sealed record MessageView(Guid Id, string Template, string Subject, string Body, DateTimeOffset SentAt, Guid? OrderId, IReadOnlyList<string> Channels);

    public sealed record MessagePage(IReadOnlyList<MessageView> Messages, int Page, bool HasMore);

    public async Task<Result<MessagePage>> ListAsync(ClaimsPrincipal user, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var accountId = user.Id();
        page = Math.Max(1, page);
        // Every notification goes to the account's e-mail, and some also by SMS to the principal, in one transaction:
        // the e-mail copies are the list, and an SMS copy of the same notification shares its template and time.
        var mails = await db.Outbox.AsNoTracking()
            .Where(m => m.AccountId == accountId && m.Channel == Channel.Email)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(m => new { m.Id, m.Template, m.Subject, m.Body, m.CreatedAt, m.OrderId })
            .ToListAsync(ct);
        var times = mails.Select(m => m.CreatedAt).ToList();
        var texted = await db.Outbox.AsNoTracking()
            .Where(m => m.AccountId == accountId && m.Channel == Channel.Sms && times.Contains(m.CreatedAt))
            .Select(m => new { m.Template, m.CreatedAt })
            .ToListAsync(ct);
        var messages = mails.Take(PageSize)
            .Select(m => new MessageView(m.Id, m.Template, m.Subject, m.Body, m.CreatedAt, m.OrderId,
                texted.Any(t => t.Template == m.Template && t.CreatedAt == m.CreatedAt) ? ["邮件", "短信"] : ["邮件"]))
            .ToList();
        return new MessagePage(messages, page, mails.Count > PageSize);
    }
}
