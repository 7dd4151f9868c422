using Beian.Filings;
using Beian.PersonalData;
using Beian.Web.Data;
using Beian.Web.Integrations.Bureau;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Bureau;

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
    TimeProvider time,
    IOptions<BureauOptions> options)
{
    public const string NotFound = "该条验证库里找不到记录。";
    public const string Failed = "尊敬的ICP用户：您的短信核验失败，请您重新验证";
    public const string NothingToResend = "尊敬的ICP用户：您暂无待短信核验的备案申请，无需重发短信。";
    public const string Resent = "验证码已重新发送，请在24小时内完成核验。";
    public const string Succeeded = "短信核验成功，您的备案申请已进入管局审核。";
    public const string SucceededOthersPending = "短信核验成功，请等待其他负责人完成核验。";

    public async Task<SmsVerificationResult> VerifyAsync(string mobile, string idLastSix, string code, CancellationToken ct)
    {
        var mobileIndex = protector.IndexOf(mobile ?? string.Empty, PersonalDataKind.Phone);
        var now = time.GetUtcNow();
        var challenges = await db.Challenges
            .Where(c => c.Mobile.Index == mobileIndex && c.VerifiedAt == null)
            .Join(db.Applications.Where(a => a.State == ApplicationState.AwaitingSms), c => c.ApplicationId, a => a.Id, (c, a) => c)
            .ToListAsync(ct);
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

        var lastSix = protector.Unseal(challenge.CertificateNumber)[^6..];
        var matches = string.Equals(lastSix, (idLastSix ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase)
            && ApplicationIntake.HashOf((code ?? string.Empty).Trim()) == challenge.CodeHash;
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
            application.StartReview(now);
            stream.Post(application.ProviderId, BureauMessageKinds.Verified, application.Id, new { });
        }

        await db.SaveChangesAsync(ct);
        return new SmsVerificationResult(true, allVerified ? Succeeded : SucceededOthersPending);
    }

    /// <summary>
    /// 重发短信 (R-SMS-07, R-SMS-08): with the mobile and the last six characters of the ID number, a principal whose
    /// verification is pending gets a new code; the 24-hour window does not restart.
    /// </summary>
    public async Task<SmsVerificationResult> ResendAsync(string mobile, string idLastSix, CancellationToken ct)
    {
        var mobileIndex = protector.IndexOf(mobile ?? string.Empty, PersonalDataKind.Phone);
        var known = await db.Challenges.AnyAsync(c => c.Mobile.Index == mobileIndex, ct);
        if (!known)
        {
            return new SmsVerificationResult(false, NotFound);
        }

        var pending = await db.Challenges
            .Where(c => c.Mobile.Index == mobileIndex && c.VerifiedAt == null)
            .Join(db.Applications.Where(a => a.State == ApplicationState.AwaitingSms), c => c.ApplicationId, a => a.Id, (c, a) => c)
            .ToListAsync(ct);
        var challenge = pending.FirstOrDefault(c => string.Equals(protector.Unseal(c.CertificateNumber)[^6..], (idLastSix ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase));
        if (challenge is null)
        {
            return new SmsVerificationResult(false, pending.Count == 0 ? NothingToResend : Failed);
        }

        var now = time.GetUtcNow();
        var code = ApplicationIntake.NewCode();
        challenge.CodeHash = ApplicationIntake.HashOf(code);
        db.Sms.Add(ApplicationIntake.CodeMessage(challenge.Mobile, code, now));
        await db.SaveChangesAsync(ct);
        return new SmsVerificationResult(true, Resent);
    }

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
            Return(application, "REJ-SMS-TIMEOUT", "24小时内未完成短信核验");
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

    private void Return(BureauApplication application, string code, string remark)
    {
        application.State = ApplicationState.Returned;
        application.Version++;
        var reasons = new[] { new OrderRejection(code, remark, ByBureau: true) };
        application.Rejections = [.. reasons];
        stream.Post(application.ProviderId, BureauMessageKinds.Returned, application.Id, new RejectionPayload(reasons));
    }
}
