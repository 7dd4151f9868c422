using System.Security.Claims;
using Beian.Accounts;
using Beian.Identity;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// 申诉 (R-ACCT-05): when the security phone is gone, the holder sends the login e-mail, a new mobile and a photo of
/// themselves holding their ID; support looks (audited) and grants — the new mobile becomes the security phone, and
/// recovery by code works again — or refuses, which leaves the offline transfer. The answer to the appellant is the same
/// whether the e-mail names an account.
/// </summary>
public sealed class AccountAppeals(ProviderDb db, UploadStore store, PersonalDataProtector protector, Notifications.Notifier notifier, TimeProvider time)
{
    public const long MaxPhoto = 4 * 1024 * 1024;

    /// <summary>An appeal as support sees it: the new mobile masked, the photo behind an audited link.</summary>
    public sealed record AppealView(Guid Id, string Email, bool AccountFound, string NewPhone, string Reason, AppealState State, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? Note);

    public sealed record Decision(bool Grant, string? Note);

    public async Task<Result<Done>> SubmitAsync(string? email, string? newPhone, string? reason, IFormFile? photo, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || MainlandPhone.KindOf(newPhone, out var e164) != PhoneKind.Mobile || e164 is null)
        {
            return Problems.Invalid("appeal.invalid", "请填写账号的登录邮箱和可以接收短信的新手机号码。");
        }

        if (photo is null || photo.Length == 0 || photo.Length > MaxPhoto)
        {
            return Problems.Invalid("appeal.photo_required", "请上传本人手持身份证人像面的照片（JPG或PNG，不超过4MB）。");
        }

        if (TextInput.Problem("reason", reason, 500, "申诉说明") is { } tooLong)
        {
            return tooLong;
        }

        await using var input = photo.OpenReadStream();
        var stored = await store.SaveAsync(input, UploadDocument.Detect, ct);
        if (stored.Type is not ("image/jpeg" or "image/png"))
        {
            store.Delete(stored.Name);
            return Problems.Invalid("appeal.photo_required", "请上传本人手持身份证人像面的照片（JPG或PNG，不超过4MB）。");
        }

        var normalized = email.Trim().ToUpperInvariant();
        var accountId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        db.AccountAppeals.Add(new AccountAppeal
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Email = email.Trim(),
            NewPhone = protector.Seal(e164, PersonalDataKind.Phone),
            Reason = reason?.Trim() ?? string.Empty,
            Document = stored.Name,
            DocumentType = stored.Type,
            State = AppealState.Open,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<List<AppealView>> ListAsync(AppealState? state, CancellationToken ct)
    {
        var query = db.AccountAppeals.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        var appeals = await query.OrderBy(a => a.CreatedAt).Take(200).ToListAsync(ct);
        return appeals.ConvertAll(a => new AppealView(a.Id, a.Email, a.AccountId is not null, a.NewPhone.Masked, a.Reason, a.State, a.CreatedAt, a.DecidedAt, a.DecidedBy, a.Note));
    }

    /// <summary>The appellant's photo, for support; every view is audited.</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> PhotoAsync(Guid id, ClaimsPrincipal staff, HttpResponse response, CancellationToken ct)
    {
        var appeal = await db.AccountAppeals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null)
        {
            return Problems.NotFound("appeal");
        }

        db.Audit.Add(AuditLog.Entry(time, staff.Id(), staff.DisplayName(), "appeal.photo.view", $"appeal/{id}"));
        await db.SaveChangesAsync(ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(store.OpenRead(appeal.Document), appeal.DocumentType);
    }

    public async Task<Result<AppealView>> DecideAsync(Guid id, Decision body, ClaimsPrincipal staff, CancellationToken ct)
    {
        var appeal = await db.AccountAppeals.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null)
        {
            return Problems.NotFound("appeal");
        }

        var account = appeal.AccountId is { } accountId ? await db.Users.FindAsync([accountId], ct) : null;
        if (body.Grant && account is null)
        {
            return Problems.Conflict("appeal.no_account", "申诉填写的邮箱没有对应的账号，不能通过。");
        }

        var now = time.GetUtcNow();
        if (!appeal.Apply(body.Grant ? AppealAction.Grant : AppealAction.Refuse, now, staff.DisplayName(), body.Note?.Trim()))
        {
            return Problems.Conflict("appeal.decided", "该申诉已处理。");
        }

        if (body.Grant)
        {
            account!.SecurityPhone = appeal.NewPhone;
            account.SecurityPhoneSetAt = now;
        }

        db.Audit.Add(AuditLog.Entry(time, staff.Id(), staff.DisplayName(), body.Grant ? "appeal.grant" : "appeal.refuse", $"appeal/{id}", body.Note));
        if (account is not null)
        {
            await notifier.AppealDecidedAsync(account.Id, body.Grant, appeal.NewPhone.Masked, ct);
        }

        await db.SaveChangesAsync(ct);
        return new AppealView(appeal.Id, appeal.Email, account is not null, appeal.NewPhone.Masked, appeal.Reason, appeal.State, appeal.CreatedAt, appeal.DecidedAt, appeal.DecidedBy, appeal.Note);
    }
}
