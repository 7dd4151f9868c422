namespace Beian.Identity;

/// <summary>What an ID-card photo showed when it was read (R-FACE-01): enough to fill in the principal's form.</summary>
public sealed record IdCardReading(string Name, string Number, string Address);

/// <summary>What the public-security database (公安库) says of a face captured for a named ID number.</summary>
public enum FaceMatch
{
    Match,

    /// <summary>The captured face is not the face on record for the number: someone else, or a poor capture (人脸核验采集人脸与公安库不一致).</summary>
    CapturedFaceDiffers,

    /// <summary>The database has no such person under that name and number (证件人脸与公安库不一致).</summary>
    CertificateFaceDiffers,
}

public enum RealPersonState
{
    /// <summary>The last capture failed; the person may try again.</summary>
    Failed,

    Passed,

    /// <summary>Too many failed captures: a reviewer compares the photos (转为人工审核).</summary>
    ManualReview,

    PassedByReviewer,

    RejectedByReviewer,
}

/// <summary>
/// 真人核验 of one principal of an order, by face capture on the mobile channel (R-FACE-03, R-FACE-05): each failure may
/// be retried in good light; after <see cref="AttemptsBeforeManualReview"/> failures a reviewer decides instead.
/// </summary>
public sealed class RealPersonVerification
{
    public const int AttemptsBeforeManualReview = 3;

    private RealPersonVerification()
    {
    }

    public RealPersonVerification(Guid id, Guid orderId, string role, DateTimeOffset now)
    {
        Id = id;
        OrderId = orderId;
        Role = role;
        StartedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>Whose face it must be: subject.principal or websites[i].principal.</summary>
    public string Role { get; private set; } = string.Empty;

    public RealPersonState State { get; private set; } = RealPersonState.Failed;

    public int FailedAttempts { get; private set; }

    /// <summary>The database's answer to the latest capture.</summary>
    public FaceMatch? LastResult { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>No more captures once passed or handed to a reviewer.</summary>
    public bool AcceptsCaptures => State == RealPersonState.Failed;

    /// <summary>Records the database's answer to one capture; refused once the verification no longer takes captures.</summary>
    public DomainError? Record(FaceMatch result, DateTimeOffset now)
    {
        if (!AcceptsCaptures)
        {
            return new DomainError("real_person.closed", "该负责人的真人核验已通过或已转人工审核，无需再次采集。", ErrorKind.Conflict);
        }

        LastResult = result;
        if (result == FaceMatch.Match)
        {
            State = RealPersonState.Passed;
        }
        else if (++FailedAttempts >= AttemptsBeforeManualReview)
        {
            State = RealPersonState.ManualReview;
        }

        Touch(now);
        return null;
    }

    /// <summary>A reviewer's decision on a verification handed over after repeated failures.</summary>
    public DomainError? Decide(bool passed, DateTimeOffset now)
    {
        if (State != RealPersonState.ManualReview)
        {
            return new DomainError("real_person.not_in_manual_review", "只有转为人工审核的真人核验由审核员判定。", ErrorKind.Conflict);
        }

        State = passed ? RealPersonState.PassedByReviewer : RealPersonState.RejectedByReviewer;
        Touch(now);
        return null;
    }

    /// <summary>What the person is told after the latest capture, in the database's words, with what to do.</summary>
    public (string Message, string Remedy)? Explanation => State switch
    {
        RealPersonState.Passed or RealPersonState.PassedByReviewer => null,
        RealPersonState.ManualReview => ("多次核验未通过，已转为人工审核", "审核员将比对您上传的证件与采集的照片，请留意电话与短信。"),
        RealPersonState.RejectedByReviewer => ("人工审核未通过真人核验", "请确认由该负责人本人完成核验，或改用电脑端上传资料并等待初审电话核实。"),
        _ => LastResult == FaceMatch.CertificateFaceDiffers
            ? ("证件人脸与公安库不一致", "请核对负责人的姓名和证件号码，须由负责人本人使用本人有效证件核验。")
            : ("人脸核验采集人脸与公安库不一致", "请由负责人本人在光线充足处正对镜头重新采集；多次失败将转为人工审核。"),
    };

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
