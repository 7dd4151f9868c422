namespace Beian.Filings;

/// <summary>How the applicant shows on camera who files (视频核验).</summary>
public enum VideoMethod
{
    /// <summary>A live DingTalk video call at an agreed time (钉钉视频).</summary>
    DingTalk,

    /// <summary>A commitment video the applicant records from the provider's script (承诺视频).</summary>
    Recorded,
}

public enum VideoState
{
    /// <summary>Asked for: the call is booked, or the video is awaited.</summary>
    Requested,

    /// <summary>A recorded video was uploaded and waits for the reviewer.</summary>
    Submitted,

    Passed,

    /// <summary>The video did not follow the script; the applicant records again or switches to DingTalk (R-VID-06).</summary>
    Failed,

    /// <summary>The DingTalk friend request was not accepted within an hour of the agreed time (R-VID-01).</summary>
    Missed,

    /// <summary>The applicant gave the verification up (R-VID-08).</summary>
    Abandoned,
}

/// <summary>
/// A video verification a reviewer asked for in initial review (R-REVIEW-08). A DingTalk call (R-VID-01, R-VID-02) keeps
/// the order with the reviewer; a recorded commitment video (R-VID-03..R-VID-07) is the applicant's to upload. Initial
/// review cannot pass until the latest one has passed.
/// </summary>
public sealed class VideoVerification
{
    /// <summary>R-VID-01: the DingTalk friend request is accepted within one hour of the agreed time.</summary>
    public static readonly TimeSpan DingTalkGrace = TimeSpan.FromHours(1);

    /// <summary>R-VID-02: what the reviewer confirms on a DingTalk call.</summary>
    public const string DingTalkChecklist = "核对：出镜人为主办单位法定代表人（个人备案为本人）；单位备案手持营业执照原件；手持本人身份证原件，证件清晰无遮挡；必要时展示办公场所前台或标识。";

    /// <summary>R-VID-04: a commitment video is at most 1 GB.</summary>
    public const long MaxVideoSize = 1L << 30;

    private VideoVerification()
    {
    }

    public VideoVerification(Guid id, Guid orderId, VideoMethod method, DateTimeOffset? appointmentAt, DateTimeOffset now)
    {
        Id = id;
        OrderId = orderId;
        Method = method;
        AppointmentAt = appointmentAt;
        RequestedAt = now;
        State = VideoState.Requested;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public VideoMethod Method { get; private set; }

    public VideoState State { get; private set; }

    /// <summary>The agreed time of a DingTalk call.</summary>
    public DateTimeOffset? AppointmentAt { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>SHA-256 of the uploaded video; the same file cannot be used twice (R-VID-07).</summary>
    public string? Sha256 { get; private set; }

    public string? Format { get; private set; }

    public long? Size { get; private set; }

    /// <summary>The file's name in the upload folder.</summary>
    public string? StoredName { get; private set; }

    /// <summary>The reviewer's verdict or what went wrong.</summary>
    public string? Note { get; private set; }

    public int Version { get; private set; }

    /// <summary>A recorded video arrives; <paramref name="seenBefore"/> says whether that very file was submitted already.</summary>
    public DomainError? Submit(string sha256, string format, long size, string storedName, bool seenBefore)
    {
        if (Method != VideoMethod.Recorded || State is not (VideoState.Requested or VideoState.Failed))
        {
            return new DomainError("video.not_expected", "当前没有待提交的承诺视频。", ErrorKind.Conflict);
        }

        if (seenBefore)
        {
            return new DomainError("R-VID-07", "该视频此前已提交过，不能重复使用，请按核验脚本重新录制。");
        }

        (Sha256, Format, Size, StoredName, State) = (sha256, format, size, storedName, VideoState.Submitted);
        Version++;
        return null;
    }

    /// <summary>The reviewer's verdict on the call held or the video watched (R-VID-02, R-VID-06).</summary>
    public DomainError? Judge(bool passed, string? note)
    {
        var ready = Method == VideoMethod.DingTalk ? State == VideoState.Requested : State == VideoState.Submitted;
        if (!ready)
        {
            return new DomainError("video.not_ready", Method == VideoMethod.DingTalk ? "该钉钉视频核验已有结果。" : "申请人尚未提交承诺视频。", ErrorKind.Conflict);
        }

        (State, Note) = (passed ? VideoState.Passed : VideoState.Failed, note);
        Version++;
        return null;
    }

    /// <summary>R-VID-01: the call did not happen; this can be said only once the hour after the agreed time is over.</summary>
    public DomainError? MarkMissed(DateTimeOffset now)
    {
        if (Method != VideoMethod.DingTalk || State != VideoState.Requested || AppointmentAt is not { } at)
        {
            return new DomainError("video.not_ready", "只有待进行的钉钉视频核验可以记为未按时添加好友。", ErrorKind.Conflict);
        }

        if (now < at + DingTalkGrace)
        {
            return new DomainError("R-VID-01", "约定时间后1小时内申请人仍可通过好友申请，请届时再记录。", ErrorKind.Conflict);
        }

        State = VideoState.Missed;
        Version++;
        return null;
    }

    /// <summary>R-VID-08: the applicant gives up; the reviewer then rejects with REJ-VIDEO-ABANDONED.</summary>
    public DomainError? GiveUp()
    {
        if (State is VideoState.Passed or VideoState.Missed or VideoState.Abandoned)
        {
            return new DomainError("video.closed", "该视频核验已结束。", ErrorKind.Conflict);
        }

        State = VideoState.Abandoned;
        Version++;
        return null;
    }
}
