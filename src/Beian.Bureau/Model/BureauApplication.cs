using Beian.Filings;
using Beian.PersonalData;
using Beian.Reference;
using Beian.Time;

namespace Beian.Bureau.Model;

/// <summary>Where an application stands at the bureau.</summary>
public enum ApplicationState
{
    /// <summary>Codes texted; waiting for every principal to verify.</summary>
    AwaitingSms,

    /// <summary>Every principal verified; the bureau reviews.</summary>
    InReview,

    /// <summary>Returned to the provider: SMS window passed or too many wrong entries.</summary>
    Returned,

    Approved,

    Rejected,
}

/// <summary>An application a provider submitted to the bureau (管局), with its SMS verifications.</summary>
public sealed class BureauApplication
{
    /// <summary>The provider's application id; submitting the same id twice is the same application.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The provider that submitted it.</summary>
    public string ProviderId { get; set; } = string.Empty;

    public string OrderNumber { get; set; } = string.Empty;

    public FilingType Type { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public FilingDraft Data { get; set; } = null!;

    /// <summary>Blind index of the subject's certificate number: one subject at two providers at once (M-07).</summary>
    public string SubjectCertificateIndex { get; set; } = string.Empty;

    /// <summary>The subject or website a change or cancellation concerns.</summary>
    public string? TargetIcpNumber { get; set; }

    public ApplicationState State { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>End of the 24-hour SMS window.</summary>
    public DateTimeOffset? SmsDeadline { get; set; }

    /// <summary>Wrong entries across every principal of the application (共计).</summary>
    public int WrongAttempts { get; set; }

    /// <summary>
    /// When the bureau's review is due (R-PROV-CFG-20): the simulator decides on its own then, unless an operator
    /// decided first.
    /// </summary>
    public DateTimeOffset? ReviewDueAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public List<OrderRejection> Rejections { get; set; } = [];

    public int Version { get; set; }

    public List<SmsChallenge> Challenges { get; set; } = [];

    /// <summary>When a code was last resent for this application.</summary>
    public DateTimeOffset? LastResendAt { get; set; }

    /// <summary>The Beijing day <see cref="ResendsThatDay"/> counts.</summary>
    public DateOnly? ResendDay { get; set; }

    public int ResendsThatDay { get; set; }

    /// <summary>
    /// Why a resend must wait, and how long (a new code at most once a <paramref name="interval"/> and
    /// <paramref name="perDay"/> times a Beijing day per application, so that resending cannot flood a phone or
    /// void a principal's code over and over); null when it may go.
    /// </summary>
    public (string Code, string Message, TimeSpan Wait)? ResendRefusal(DateTimeOffset now, TimeSpan interval, int perDay)
    {
        if (LastResendAt is { } last && now - last < interval)
        {
            return ("sms.resend_too_soon", $"验证码发送过于频繁，请{Math.Ceiling((interval - (now - last)).TotalSeconds)}秒后再试。", interval - (now - last));
        }

        var today = BeijingTime.DateOf(now);
        return ResendDay == today && ResendsThatDay >= perDay
            ? ("sms.resend_daily_limit", $"该备案申请今日已重发{perDay}次验证码，请明天再试，或联系接入商。", BeijingTime.StartOf(today.AddDays(1)) - now)
            : null;
    }

    public void RecordResend(DateTimeOffset now)
    {
        var today = BeijingTime.DateOf(now);
        ResendsThatDay = ResendDay == today ? ResendsThatDay + 1 : 1;
        ResendDay = today;
        LastResendAt = now;
        Version++;
    }

    /// <summary>
    /// Bureau review begins (R-SMS-03): it is due the province's number of working days later for this type of
    /// application (R-PROV-CFG-18, R-PROV-CFG-20).
    /// </summary>
    public void StartReview(DateTimeOffset now, HolidayCalendar calendar)
    {
        State = ApplicationState.InReview;
        ReviewDueAt = calendar.After(now, ProvinceRuleTable.For(ProvinceCode).BureauWorkingDaysFor(Type));
    }
}

/// <summary>One principal's SMS verification for an application (短信核验).</summary>
public sealed class SmsChallenge
{
    public Guid Id { get; set; }

    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>Whose: subject principal, or website principal of website n.</summary>
    public string Role { get; set; } = string.Empty;

    public SealedText Mobile { get; set; } = null!;

    public SealedText CertificateNumber { get; set; } = null!;

    /// <summary>SHA-256 of the code texted; the code itself is only in the SMS.</summary>
    public string CodeHash { get; set; } = string.Empty;

    public DateTimeOffset? VerifiedAt { get; set; }
}
