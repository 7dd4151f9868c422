using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Accounts;
using Beian.Filings;
using Beian.Platform;
using Beian.Records;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 备案转移 (R-ACCT-04): the original account names the receiving account and confirms with its security-phone code; the
/// receiving account accepts; the subject, its services, their orders (with timelines and documents) and inspection cases
/// move in one transaction, audited on both sides. Service codes stay with the instances they were issued for. Support
/// does the same move offline on the documents the holder sends (R-ACCT-05, R-ACCT-06).
/// </summary>
public sealed class TransferRecords(ProviderDb db, SecurityPhone phone, Notifier notifier, TimeProvider time)
{
    /// <param name="ToEmail">The receiving account's login e-mail.</param>
    /// <param name="SecurityCode">The code sent to the original account's security phone (purpose Transfer).</param>
    public sealed record Request([property: JsonRequired] string? ToEmail, string? SecurityCode = null);

    /// <param name="SubjectIcpNumber">The subject number to move.</param>
    /// <param name="ToEmail">The receiving account's login e-mail.</param>
    /// <param name="Documents">The documents support received (R-ACCT-06), as the checklist names them.</param>
    /// <param name="Note">Where they came from: the ticket or e-mail.</param>
    public sealed record OfflineRequest([property: JsonRequired] string? SubjectIcpNumber, [property: JsonRequired] string? ToEmail, [property: JsonRequired] IReadOnlyList<string>? Documents, string? Note = null);

    /// <summary>A transfer as either account sees it; the other account is named by its masked e-mail.</summary>
    public sealed record TransferView(Guid Id, string SubjectIcpNumber, string SubjectName, bool Outgoing, string OtherAccount, TransferState State, string StateName, DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt, bool Offline);

    /// <summary>What support checks before an offline transfer (R-ACCT-06): by the subject's nature.</summary>
    public static readonly IReadOnlyList<string> OfflineDocuments =
    [
        "主体负责人手持证件人像面照片",
        "主体负责人身份证正反面",
        "主体证件（单位）或授权书及被授权人手持证件照片",
        "域名证书",
    ];

    public async Task<List<TransferView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.Id();
        await ExpireAsync(db.RecordTransfers.Where(t => t.FromAccountId == me || t.ToAccountId == me), ct);
        var transfers = await db.RecordTransfers.AsNoTracking().Where(t => t.FromAccountId == me || t.ToAccountId == me).OrderByDescending(t => t.RequestedAt).ToListAsync(ct);
        var others = transfers.Select(t => t.FromAccountId == me ? t.ToAccountId : t.FromAccountId).Distinct().ToList();
        var emails = await db.Users.Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? string.Empty, ct);
        return transfers.ConvertAll(t => View(t, me, emails.GetValueOrDefault(t.FromAccountId == me ? t.ToAccountId : t.FromAccountId, string.Empty)));
    }

    /// <summary>The original account starts a transfer; the code is taken last, so a refusal for another reason keeps it.</summary>
    public async Task<Result<TransferView>> StartAsync(ClaimsPrincipal user, Request body, CancellationToken ct)
    {
        var me = user.Id();
        var subject = await LiveSubjectAsync(me, ct);
        if (subject is null)
        {
            return Problems.Conflict("transfer.nothing_to_move", "您的账号下没有可转移的备案。");
        }

        var to = await ReceiverAsync(body.ToEmail, ct);
        if (to is null || to.Id == me)
        {
            return Problems.Invalid("transfer.receiver_unknown", "未找到接收备案的账号，请核对对方的登录邮箱；不能转移给本账号。");
        }

        if (await db.RecordTransfers.AnyAsync(t => t.FromAccountId == me && t.State == TransferState.Requested && t.RequestedAt > time.GetUtcNow() - RecordTransfer.AcceptWithin, ct))
        {
            return Problems.Conflict("transfer.pending", "已有一笔等待对方接收的备案转移，请等待对方处理或先撤销。");
        }

        if (await RefusalAsync(me, to.Id, ct) is { } refused)
        {
            return Problems.FromFindings([refused]);
        }

        if (await phone.TakeAsync(me, SecurityCodePurpose.Transfer, body.SecurityCode, "R-ACCT-04", ct) is { } codeRefused)
        {
            return codeRefused;
        }

        var now = time.GetUtcNow();
        var transfer = new RecordTransfer { Id = Guid.CreateVersion7(now), FromAccountId = me, ToAccountId = to.Id, SubjectIcpNumber = subject.IcpNumber, SubjectName = subject.Name, RequestedAt = now, State = TransferState.Requested };
        db.RecordTransfers.Add(transfer);
        db.Audit.Add(AuditLog.Entry(time, me, user.DisplayName(), "record-transfer.request", $"record/{subject.IcpNumber}", $"to account {to.Id}"));
        await notifier.TransferRequestedAsync(transfer, user.DisplayName(), ct);
        await db.SaveChangesAsync(ct);
        return View(transfer, me, to.Email ?? string.Empty);
    }

    /// <summary>The receiving account accepts: the same checks again, then the move.</summary>
    public async Task<Result<TransferView>> AcceptAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.Id();
        var transfer = await OpenAsync(id, t => t.ToAccountId == me, ct);
        if (transfer is null)
        {
            return Problems.NotFound("transfer");
        }

        if (transfer.State != TransferState.Requested)
        {
            return Problems.Conflict("transfer.closed", $"该备案转移已{StateName(transfer.State)}。");
        }

        if (await RefusalAsync(transfer.FromAccountId, me, ct) is { } refused)
        {
            return Problems.FromFindings([refused]);
        }

        if (!await MoveAsync(transfer.SubjectIcpNumber, transfer.FromAccountId, me, ct))
        {
            return Problems.Conflict("transfer.nothing_to_move", "原账号下已没有该备案，转移无法完成。");
        }

        transfer.Apply(TransferAction.Accept, time.GetUtcNow());
        db.Audit.Add(AuditLog.Entry(time, me, user.DisplayName(), "record-transfer.accept", $"record/{transfer.SubjectIcpNumber}", $"from account {transfer.FromAccountId}"));
        db.Audit.Add(AuditLog.Entry(time, transfer.FromAccountId, user.DisplayName(), "record-transfer.moved-out", $"record/{transfer.SubjectIcpNumber}", $"to account {me}"));
        await notifier.TransferDoneAsync(transfer, ct);
        await db.SaveChangesAsync(ct);
        return View(transfer, me, (await db.Users.FindAsync([transfer.FromAccountId], ct))?.Email ?? string.Empty);
    }

    /// <summary>The receiving account declines, or the original account withdraws, a transfer not yet accepted.</summary>
    public async Task<Result<TransferView>> EndAsync(Guid id, TransferAction action, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.Id();
        var transfer = await OpenAsync(id, t => action == TransferAction.Decline ? t.ToAccountId == me : t.FromAccountId == me, ct);
        if (transfer is null || action is not (TransferAction.Decline or TransferAction.Cancel))
        {
            return Problems.NotFound("transfer");
        }

        if (!transfer.Apply(action, time.GetUtcNow()))
        {
            return Problems.Conflict("transfer.closed", $"该备案转移已{StateName(transfer.State)}。");
        }

        db.Audit.Add(AuditLog.Entry(time, me, user.DisplayName(), action == TransferAction.Decline ? "record-transfer.decline" : "record-transfer.cancel", $"record/{transfer.SubjectIcpNumber}"));
        await db.SaveChangesAsync(ct);
        var other = action == TransferAction.Decline ? transfer.FromAccountId : transfer.ToAccountId;
        return View(transfer, me, (await db.Users.FindAsync([other], ct))?.Email ?? string.Empty);
    }

    /// <summary>
    /// 线下备案转移: support moves a subject to another account on the documents the holder sent (the original account is
    /// lost and its appeal failed, R-ACCT-05), with the same refusals as online; audited with the documents received.
    /// </summary>
    public async Task<Result<TransferView>> OfflineAsync(OfflineRequest body, ClaimsPrincipal staff, CancellationToken ct)
    {
        var subject = await db.RecordSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.IcpNumber == (body.SubjectIcpNumber ?? string.Empty).Trim() && s.Status != RecordStatus.Cancelled, ct);
        if (subject is null)
        {
            return Problems.NotFound("record");
        }

        var missing = OfflineDocuments.Except(body.Documents ?? []).ToList();
        if (missing.Count > 0)
        {
            return Problems.Invalid("transfer.documents_missing", $"线下转移须核验以下资料：{string.Join("、", missing)}。");
        }

        var to = await ReceiverAsync(body.ToEmail, ct);
        if (to is null || to.Id == subject.AccountId)
        {
            return Problems.Invalid("transfer.receiver_unknown", "未找到接收备案的账号，请核对对方的登录邮箱；不能转移给原账号。");
        }

        if (await RefusalAsync(subject.AccountId, to.Id, ct) is { } refused)
        {
            return Problems.FromFindings([refused]);
        }

        var now = time.GetUtcNow();
        await MoveAsync(subject.IcpNumber, subject.AccountId, to.Id, ct);
        var note = $"{staff.DisplayName()}核验资料：{string.Join("、", body.Documents!)}" + (string.IsNullOrWhiteSpace(body.Note) ? string.Empty : $"；{body.Note!.Trim()}");
        var transfer = new RecordTransfer { Id = Guid.CreateVersion7(now), FromAccountId = subject.AccountId, ToAccountId = to.Id, SubjectIcpNumber = subject.IcpNumber, SubjectName = subject.Name, RequestedAt = now, State = TransferState.Completed, DecidedAt = now, Offline = true, Note = note };
        db.RecordTransfers.Add(transfer);
        db.Audit.Add(AuditLog.Entry(time, staff.Id(), staff.DisplayName(), "record-transfer.offline", $"record/{subject.IcpNumber}", $"from account {subject.AccountId} to account {to.Id}; {note}"));
        await notifier.TransferDoneAsync(transfer, ct);
        await db.SaveChangesAsync(ct);
        return View(transfer, subject.AccountId, to.Email ?? string.Empty);
    }

    /// <summary>
    /// Why the filing data cannot move now: an order in progress on either account (R-ORDER-01: nothing moves under an
    /// order), or a live subject already on the receiving account (R-ACCT-01).
    /// </summary>
    private async Task<Finding?> RefusalAsync(Guid from, Guid to, CancellationToken ct)
    {
        var running = await BasicCheck.InProgress(db.Orders.Where(o => o.AccountId == from || o.AccountId == to)).Select(o => new { o.Type, o.State }).FirstOrDefaultAsync(ct);
        if (running is not null)
        {
            return new Finding(["R-ORDER-01", "R-ACCT-04"], Severity.Blocking, "account", $"转出或接收账号下有进行中的「{running.Type.ChineseName()}」订单（{running.State.ChineseName()}）", "请等待订单完成，或撤销、放弃后再办理备案转移。");
        }

        return await db.RecordSubjects.AnyAsync(s => s.AccountId == to && s.Status != RecordStatus.Cancelled, ct)
            ? new Finding(["R-ACCT-01", "R-ACCT-04"], Severity.Blocking, "toEmail", "接收账号下已有备案主体，一个账号下只能备案一个主体", "请转移到没有备案主体的账号。")
            : null;
    }

    /// <summary>The move, in the caller's transaction: subject and services, the subject's orders and cases.</summary>
    private async Task<bool> MoveAsync(string subjectIcpNumber, Guid from, Guid to, CancellationToken ct)
    {
        var subject = await db.RecordSubjects.FirstOrDefaultAsync(s => s.IcpNumber == subjectIcpNumber && s.AccountId == from && s.Status != RecordStatus.Cancelled, ct);
        if (subject is null)
        {
            return false;
        }

        subject.AccountId = to;
        var index = subject.CertificateNumber.Index;
        foreach (var order in await db.Orders.Where(o => o.AccountId == from && o.SubjectCertificateIndex == index).ToListAsync(ct))
        {
            order.MoveTo(to);
        }

        foreach (var found in await db.InspectionCases.Where(c => c.AccountId == from && c.SubjectIcpNumber == subjectIcpNumber).ToListAsync(ct))
        {
            found.AccountId = to;
        }

        return true;
    }

    private Task<RecordSubject?> LiveSubjectAsync(Guid accountId, CancellationToken ct) =>
        db.RecordSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.AccountId == accountId && s.Status != RecordStatus.Cancelled, ct);

    private async Task<PlatformUser?> ReceiverAsync(string? email, CancellationToken ct)
    {
        var normalized = (email ?? string.Empty).Trim().ToUpperInvariant();
        var user = normalized.Length == 0 ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.DisabledAt == null, ct);
        return user is not null && await IsApplicantAsync(user.Id, ct) ? user : null;
    }

    private Task<bool> IsApplicantAsync(Guid userId, CancellationToken ct) =>
        db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).AnyAsync(x => x.UserId == userId && x.Name == Roles.Applicant, ct);

    private async Task<RecordTransfer?> OpenAsync(Guid id, Func<RecordTransfer, bool> mine, CancellationToken ct)
    {
        var transfer = await db.RecordTransfers.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (transfer is null || !mine(transfer))
        {
            return null;
        }

        if (transfer.State == TransferState.Requested && time.GetUtcNow() >= transfer.ExpiresAt)
        {
            transfer.Apply(TransferAction.Expire, transfer.ExpiresAt);
            await db.SaveChangesAsync(ct);
        }

        return transfer;
    }

    /// <summary>A transfer not accepted in time expires; applied when either account next looks (it holds no resource meanwhile).</summary>
    private async Task ExpireAsync(IQueryable<RecordTransfer> transfers, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await transfers.Where(t => t.State == TransferState.Requested && t.RequestedAt <= now - RecordTransfer.AcceptWithin).ToListAsync(ct);
        foreach (var t in due)
        {
            t.Apply(TransferAction.Expire, t.ExpiresAt);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private static TransferView View(RecordTransfer t, Guid me, string otherEmail) =>
        new(t.Id, t.SubjectIcpNumber, t.SubjectName, t.FromAccountId == me, Beian.PersonalData.Masking.Email(otherEmail), t.State, StateName(t.State), t.RequestedAt, t.ExpiresAt, t.Offline);

    public static string StateName(TransferState state) => state switch
    {
        TransferState.Requested => "待对方接收",
        TransferState.Completed => "已完成",
        TransferState.Declined => "对方已拒绝",
        TransferState.Cancelled => "已撤销",
        _ => "已过期",
    };
}
