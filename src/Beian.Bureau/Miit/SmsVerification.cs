using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Bureau.Miit;

/// <summary>The answer of the MIIT SMS verification page.</summary>
/// <param name="Verified">The entry matched.</param>
/// <param name="Message">What the page says, as MIIT words it.</param>
public sealed record SmsVerificationResult(bool Verified, string Message);

/// <summary>
/// MIIT's SMS verification (短信核验, lifecycle §7): a principal enters the mobile, the last six characters of the ID
/// number and the code (R-SMS-02); a wrong entry gets MIIT's failure text (R-SMS-06). Wrong entries count per
/// application across its principals; after five, the sixth attempt returns the application to the provider
/// (R-SMS-05, DESIGN.md §9), as does the end of the 24-hour window (R-SMS-04). When every principal has verified,
/// bureau review begins (R-SMS-03).
/// </summary>
public sealed class SmsVerification(
    BureauDb db,
    PersonalDataProtector protector,
    BureauOutbound stream,
    ReferenceTablesInUse tables,
    TimeProvider time,
    IOptions<BureauOptions> options)
{
    public const string NotFound = "该条验证库里找不到记录。";
    public const string Failed = "尊敬的ICP用户:您的短信核验失败,请您重新验证";
    public const string NothingToResend = "尊敬的ICP用户:您暂无待短信核验的备案申请,无需重发短信。";
    public const string Resent = "验证码已重新发送，请在24小时内完成核验。";
    public const string Succeeded = "短信核验成功，您的备案申请已进入管局审核。";
    public const string SucceededOthersPending = "短信核验成功，请等待其他负责人完成核验。";

    /// <summary>
    /// Verifies one entry. Two principals of one application verifying at the same moment both count: a lost race on
    /// the application's version is retried on fresh data, so nobody is told to try again for someone else's entry.
    /// </summary>
    public async Task<Result<SmsVerificationResult>> VerifyAsync(string? mobile, string? idLastSix, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(mobile) || string.IsNullOrWhiteSpace(idLastSix) || string.IsNullOrWhiteSpace(code))
        {
            return Problems.Invalid("sms.fields_required", "请填写手机号码、证件号码后六位和短信验证码。");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await VerifyOnceAsync(mobile, idLastSix, code, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<SmsVerificationResult> VerifyOnceAsync(string mobile, string idLastSix, string code, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var challenges = await PendingAsync(mobile, ct);
        if (challenges.Count == 0)
        {
            // An unknown mobile counts against nothing.
            return new SmsVerificationResult(false, NotFound);
        }

        var challenge = challenges[0];
        var application = await db.Applications.Include(a => a.Challenges).SingleAsync(a => a.Id == challenge.ApplicationId, ct);
        if (application.WrongAttempts >= options.Value.SmsWrongEntriesAllowed)
        {
            Return(application, "REJ-SMS-TOO-MANY-ERRORS", "短信核验累计输错5次");
            await db.SaveChangesAsync(ct);
            return new SmsVerificationResult(false, Failed);
        }

        // R-SMS-05: a wrong last six of the ID number and a wrong code count alike, across the application's principals.
        var matches = LastSixMatches(challenge, idLastSix) && ApplicationIntake.HashOf((code ?? string.Empty).Trim()) == challenge.CodeHash;
        application.Version++;
        if (!matches)
        {
            application.WrongAttempts++;
            await db.SaveChangesAsync(ct);
            return new SmsVerificationResult(false, Failed);
        }

        application.Challenges.Single(c => c.Id == challenge.Id).VerifiedAt = now;
        var allVerified = application.Challenges.All(c => c.VerifiedAt is not null);
        if (allVerified)
        {
            application.StartReview(now, tables.Calendar);
            stream.Post(application.ProviderId, BureauMessageKinds.Verified, application.Id, new { });
        }

        await db.SaveChangesAsync(ct);
        return new SmsVerificationResult(true, allVerified ? Succeeded : SucceededOthersPending);
    }

    /// <summary>
    /// 重发短信 (R-SMS-07, R-SMS-08): with the mobile and the last six characters of the ID number, a principal whose
    /// verification is pending gets a new code; the 24-hour window does not restart. A mobile and last six that do not
    /// belong together answer exactly as an unknown mobile (R-SMS-08), so the page is no oracle for ID numbers; a
    /// resend is limited per application (<see cref="BureauApplication.ResendRefusal"/>).
    /// </summary>
    public async Task<Result<SmsVerificationResult>> ResendAsync(string? mobile, string? idLastSix, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(mobile) || string.IsNullOrWhiteSpace(idLastSix))
        {
            return Problems.Invalid("sms.fields_required", "请填写手机号码和证件号码后六位。");
        }

        var mobileIndex = protector.IndexOf(mobile, PersonalDataKind.Phone);
        var ofThisPerson = (await db.Challenges.Where(c => c.Mobile.Index == mobileIndex).ToListAsync(ct))
            .Where(c => LastSixMatches(c, idLastSix))
            .ToList();
        if (ofThisPerson.Count == 0)
        {
            return new SmsVerificationResult(false, NotFound);
        }

        var pendingIds = ofThisPerson.Where(c => c.VerifiedAt is null).Select(c => c.ApplicationId).ToList();
        var application = await db.Applications.Include(a => a.Challenges)
            .Where(a => pendingIds.Contains(a.Id) && a.State == ApplicationState.AwaitingSms)
            .OrderBy(a => a.SubmittedAt)
            .FirstOrDefaultAsync(ct);
        if (application is null)
        {
            return new SmsVerificationResult(false, NothingToResend);
        }

        var now = time.GetUtcNow();
        if (application.ResendRefusal(now, options.Value.SmsResendInterval, options.Value.SmsResendsPerDay) is { } refusal)
        {
            return Problems.TooManyRequests(refusal.Code, refusal.Message, refusal.Wait);
        }

        var challenge = application.Challenges.First(c => c.VerifiedAt is null && ofThisPerson.Any(p => p.Id == c.Id));
        var code = ApplicationIntake.NewCode();
        challenge.CodeHash = ApplicationIntake.HashOf(code);
        application.RecordResend(now);
        db.Sms.Add(ApplicationIntake.CodeMessage(challenge.Mobile, code, now));
        await db.SaveChangesAsync(ct);
        return new SmsVerificationResult(true, Resent);
    }

    private async Task<List<SmsChallenge>> PendingAsync(string mobile, CancellationToken ct)
    {
        var mobileIndex = protector.IndexOf(mobile ?? string.Empty, PersonalDataKind.Phone);
        return await db.Challenges
            .Where(c => c.Mobile.Index == mobileIndex && c.VerifiedAt == null)
            .Join(db.Applications.Where(a => a.State == ApplicationState.AwaitingSms), c => c.ApplicationId, a => a.Id, (c, a) => c)
            .ToListAsync(ct);
    }

    private bool LastSixMatches(SmsChallenge challenge, string? idLastSix) =>
        string.Equals(protector.Unseal(challenge.CertificateNumber)[^6..], (idLastSix ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns every application whose SMS window has passed (T10); run by the bureau's sweep.</summary>
    public async Task<int> ReturnOverdueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Applications
            .Where(a => a.State == ApplicationState.AwaitingSms && a.SmsDeadline <= now)
            .OrderBy(a => a.SmsDeadline)
            .Take(100)
            .ToListAsync(ct);
        foreach (var application in overdue)
        {
            // Returned when the window closed, whenever the sweep got to it.
            Return(application, "REJ-SMS-TIMEOUT", "24小时内未完成短信核验", application.SmsDeadline);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host returned it first, or a principal verified meanwhile: theirs stands.
                db.ChangeTracker.Clear();
            }
        }

        return overdue.Count;
    }

    private void Return(BureauApplication application, string code, string remark, DateTimeOffset? at = null)
    {
        application.State = ApplicationState.Returned;
        application.Version++;
        var reasons = new[] { new OrderRejection(code, remark, ByBureau: true) };
        application.Rejections = [.. reasons];
        stream.Post(application.ProviderId, BureauMessageKinds.Returned, application.Id, new RejectionPayload(reasons), at);
    }
}
