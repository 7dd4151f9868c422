namespace Beian.Filings;

/// <summary>
/// The recorded commitment video (承诺视频): the file types accepted by their signature (R-VID-04) and the script the
/// applicant reads (R-VID-03, R-VID-05), which goes to the website principal's e-mail (R-VID-09).
/// </summary>
public static class CommitmentVideo
{
    /// <summary>MP4 and MOV (ISO base media), AVI, MPEG program or video stream, WMV (ASF), from the first bytes.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) => head switch
    {
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "video/mp4",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'A', (byte)'V', (byte)'I', ..] => "video/x-msvideo",
        [0x00, 0x00, 0x01, 0xBA or 0xB3, ..] => "video/mpeg",
        [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, ..] => "video/x-ms-wmv",
        _ => null,
    };

    /// <summary>The script, in our words: who speaks (R-VID-03), what is read and how (R-VID-05).</summary>
    public static string Script(SubjectDraft subject, IReadOnlyList<string> domains)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(domains);
        var speaker = subject.Nature == SubjectNature.Individual ? $"备案主办人{subject.Name}本人" : $"{subject.Name}的法定代表人本人";
        var read = domains.Count > 1
            ? $"朗读时读出其中一个域名（如{domains[0]}），结尾时将打印的承诺书正对镜头展示，承诺书上须列出全部域名：{string.Join("、", domains)}。"
            : $"朗读时读出域名{(domains.Count > 0 ? domains[0] : string.Empty)}。";
        return $"承诺视频须由{speaker}出镜，面对镜头、光线充足，用普通话完整朗读以下内容：" +
               $"「本人承诺：所提交的{subject.Name}网站备案信息真实、准确、完整，网站内容合法，如有不实，愿承担相应责任。」" +
               read + "视频支持MP4、AVI、MPEG、MOV、WMV等常见格式，大小不超过1GB，画面清晰即可；与脚本不符或重复提交的视频将不予通过。";
    }
}
