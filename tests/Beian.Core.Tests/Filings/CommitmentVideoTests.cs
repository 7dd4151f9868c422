using Beian.Filings;

namespace Beian.Tests.Filings;

public class CommitmentVideoTests
{
    [Theory]
    [InlineData("00000018667479706d703432", "video/mp4")]       // MP4
    [InlineData("00000014667479707174202020", "video/mp4")]     // MOV (QuickTime, the same box structure)
    [InlineData("52494646000000004156492020", "video/x-msvideo")] // AVI
    [InlineData("000001ba44000400", "video/mpeg")]               // MPEG program stream
    [InlineData("3026b2758e66cf11a6d9", "video/x-ms-wmv")]       // WMV (ASF)
    [InlineData("ffd8ffe000104a464946", null)]                  // a JPEG is not a video
    [InlineData("", null)]
    public void VideoFormats_AreToldByTheirContent_R_VID_04(string head, string? expected) =>
        Assert.Equal(expected, CommitmentVideo.Detect(Convert.FromHexString(head)));

    [Fact]
    public void TheScript_NamesTheSpeaker_AndHowSeveralDomainsAreRead_R_VID_03_R_VID_05()
    {
        var person = FilingOrderTests.Draft().Subject;
        var individual = CommitmentVideo.Script(person, ["example.cn"]);
        Assert.Contains("备案主办人张三本人", individual, StringComparison.Ordinal);
        Assert.Contains("普通话", individual, StringComparison.Ordinal);
        Assert.Contains("example.cn", individual, StringComparison.Ordinal);

        var company = person with { Nature = SubjectNature.Enterprise, Name = "杭州示例科技有限公司" };
        var several = CommitmentVideo.Script(company, ["a.cn", "b.cn"]);
        Assert.Contains("杭州示例科技有限公司的法定代表人本人", several, StringComparison.Ordinal);
        Assert.Contains("承诺书正对镜头", several, StringComparison.Ordinal);
        Assert.Contains("a.cn、b.cn", several, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerification_AcceptsOnlyWhatItsMethodAndStateAllow_R_VID_01_R_VID_06_R_VID_07_R_VID_08()
    {
        var now = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        var call = new VideoVerification(Guid.NewGuid(), Guid.NewGuid(), VideoMethod.DingTalk, now.AddHours(1), now);
        Assert.Equal("video.not_expected", call.Submit("h", "video/mp4", 10, "s", seenBefore: false)?.Code);
        Assert.Equal("R-VID-01", call.MarkMissed(now.AddHours(1).AddMinutes(59))?.Code);
        Assert.Null(call.MarkMissed(now.AddHours(2)));
        Assert.Equal(VideoState.Missed, call.State);

        var recorded = new VideoVerification(Guid.NewGuid(), Guid.NewGuid(), VideoMethod.Recorded, null, now);
        Assert.Equal("video.not_ready", recorded.Judge(passed: true, null)?.Code);
        Assert.Equal("R-VID-07", recorded.Submit("h", "video/mp4", 10, "s", seenBefore: true)?.Code);
        Assert.Null(recorded.Submit("h", "video/mp4", 10, "s", seenBefore: false));
        Assert.Null(recorded.Judge(passed: false, "与脚本不符"));
        Assert.Equal(VideoState.Failed, recorded.State);
        Assert.Null(recorded.GiveUp());
        Assert.Equal("video.closed", recorded.GiveUp()?.Code);
        Assert.Equal(1L << 30, VideoVerification.MaxVideoSize);
    }
}
