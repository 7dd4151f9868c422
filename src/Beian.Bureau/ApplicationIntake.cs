using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Bureau;

/// <summary>
/// The bureau receives an application: for reviewed types MIIT texts every principal concerned a code and opens the
/// 24-hour window (R-SMS-01); cancellations go straight to review (lifecycle §5.2, §7; R-CANCEL-08).
/// </summary>
public sealed class ApplicationIntake(BureauDb db, ReferenceTablesInUse tables, TimeProvider time, IOptions<BureauOptions> options)
{
    public async Task ReceiveAsync(BureauSubmission submission, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await db.Applications.AnyAsync(a => a.Id == submission.ApplicationId, ct))
        {
            return; // The same submission again: nothing more to do.
        }

        var now = time.GetUtcNow();
        var reviewed = submission.Type.PathOf() == ReviewPath.ProviderReview;
        var application = new BureauApplication
        {
            Id = submission.ApplicationId,
            ProviderId = options.Value.ProviderId,
            OrderNumber = submission.OrderNumber,
            Type = submission.Type,
            ProvinceCode = submission.Data.Subject.ProvinceCode,
            Data = submission.Data,
            SubjectCertificateIndex = submission.Data.Subject.CertificateNumber.Index,
            TargetIcpNumber = submission.TargetIcpNumber,
            State = ApplicationState.AwaitingSms,
            SubmittedAt = now,
            SmsDeadline = reviewed ? now + options.Value.SmsWindow : null,
        };
        if (reviewed)
        {
            foreach (var (role, principal) in WhoMustVerify(submission))
            {
                var code = NewCode();
                application.Challenges.Add(new SmsChallenge
                {
                    Id = Guid.CreateVersion7(now),
                    ApplicationId = application.Id,
                    Role = role,
                    Mobile = principal.Mobile,
                    CertificateNumber = principal.CertificateNumber,
                    CodeHash = HashOf(code),
                });
                db.Sms.Add(CodeMessage(principal.Mobile, code, now));
            }
        }
        else
        {
            application.StartReview(now, tables.Calendar);
        }

        db.Applications.Add(application);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (StorageErrors.IsUniqueViolation(e))
        {
            // Two provider hosts forwarded the same order at once: the other one's copy stands, as a repeat would.
            db.ChangeTracker.Clear();
            if (!await db.Applications.AnyAsync(a => a.Id == submission.ApplicationId, ct))
            {
                throw;
            }
        }
    }

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static MiitSms CodeMessage(SealedText mobile, string code, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        To = mobile,
        Text = $"【工信部ICP备案】您的短信核验码为{code}，请在24小时内登录 beian.miit.gov.cn 短信核验页面，输入手机号码、证件号码后六位和核验码完成核验。",
        CreatedAt = now,
    };

    public static string HashOf(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    /// <summary>
    /// Who verifies (R-SMS-11, AMB-16, lifecycle §7 defaults): the subject principal and each website principal for new
    /// filings; the website principal for an access filing; one code per distinct person and mobile. The mobile is the
    /// order's: a change or new website verifies a new mobile, while an access carries the recorded one (R-SMS-09,
    /// R-ACCESS-08).
    /// </summary>
    private static IEnumerable<(string Role, Principal Principal)> WhoMustVerify(BureauSubmission submission)
    {
        var seen = new HashSet<(string, string)>();
        var data = submission.Data;
        if (submission.Type is not (FilingType.Access or FilingType.ChangeWebsite) && data.Subject.Principal is { } subjectPrincipal
            && seen.Add((subjectPrincipal.Mobile.Index, subjectPrincipal.CertificateNumber.Index)))
        {
            yield return ("subject", subjectPrincipal);
        }

        if (submission.Type == FilingType.ChangeSubject)
        {
            yield break;
        }

        for (var i = 0; i < data.Websites.Count; i++)
        {
            if (data.Websites[i].Principal is { } p && seen.Add((p.Mobile.Index, p.CertificateNumber.Index)))
            {
                yield return ($"website[{i}]", p);
            }
        }
    }
}
