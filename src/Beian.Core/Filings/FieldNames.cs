using System.Globalization;

namespace Beian.Filings;

/// <summary>
/// What a field of a draft is called where people read it (字段名称): findings and refusals name fields by their JSON
/// path (<c>websites[0].principal.mobile</c>) for clients; the console says 「网站「示例」的负责人 · 手机号码」 and which
/// step of the wizard holds it.
/// </summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["provinceCode"] = "所属区域",
        ["city"] = "所在城市",
        ["nature"] = "主办单位性质",
        ["certificateType"] = "证件类型",
        ["certificateNumber"] = "证件号码",
        ["certificateAddress"] = "证件住所",
        ["mailingAddress"] = "通信地址",
        ["mobile"] = "手机号码",
        ["emergencyPhone"] = "应急联系电话",
        ["email"] = "电子邮箱",
        ["landline"] = "办公电话",
        ["domains"] = "域名",
        ["serviceCode"] = "备案服务码",
        ["contentCategory"] = "网站内容",
        ["language"] = "语言",
        ["remarks"] = "备注",
        ["commercialLicence"] = "经营许可证",
        ["platforms"] = "运行平台",
        ["packageName"] = "包名",
        ["publicKey"] = "公钥",
        ["fingerprint"] = "证书MD5指纹",
        ["otherName"] = "平台名称",
        ["hostPlatform"] = "所在平台",
        ["hostAppId"] = "平台中的AppID",
        ["contentTypes"] = "服务内容",
        ["preApprovals"] = "前置审批",
        ["sdks"] = "第三方SDK",
    };

    /// <summary>The Chinese name of a field path; <paramref name="serviceName"/> names the n-th service when it has a name.</summary>
    public static string Describe(string path, Func<int, string?>? serviceName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = new List<string>();
        var segments = path.Split('.');
        var owner = segments[0] switch
        {
            "documents" => "资料",
            "video" => "承诺视频",
            "account" => "账号",
            "type" => "备案类型",
            _ => null,
        };
        if (owner is not null)
        {
            parts.Add(owner);
            segments = segments[1..];
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var (name, index) = Split(segments[i]);
            var principal = i + 1 < segments.Length && Split(segments[i + 1]).Name == "principal";
            switch (name)
            {
                case "subject":
                    parts.Add(principal ? "主体负责人" : "主办单位");
                    i += principal ? 1 : 0;
                    break;
                case "websites" when index is { } n:
                    var service = serviceName?.Invoke(n) is { Length: > 0 } named ? $"「{named}」" : $"第{n + 1}个网站或APP";
                    parts.Add(principal ? service + "的负责人" : service);
                    i += principal ? 1 : 0;
                    break;
                case "websites":
                    parts.Add("网站或APP");
                    break;
                case "app":
                    break;
                case "name":
                    parts.Add(parts.LastOrDefault()?.EndsWith("负责人", StringComparison.Ordinal) == true ? "姓名" : "名称");
                    break;
                default:
                    var label = Labels.GetValueOrDefault(name) ?? "相关信息";
                    parts.Add(index is { } k && name != "preApprovals" ? $"{label}{k + 1}" : label);
                    break;
            }
        }

        return string.Join(" · ", parts.Distinct());
    }

    /// <summary>The wizard step that holds a field: start, subject, websites, documents; the account page; else the order page.</summary>
    public static string StepOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path switch
        {
            _ when path.StartsWith("subject", StringComparison.Ordinal) => "subject",
            _ when path.StartsWith("websites", StringComparison.Ordinal) => "websites",
            _ when path.StartsWith("documents", StringComparison.Ordinal) => "documents",
            "type" => "start",
            "account" => "account",
            _ => "order",
        };
    }

    private static (string Name, int? Index) Split(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        return open < 0 || !segment.EndsWith(']')
            ? (segment, null)
            : (segment[..open], int.TryParse(segment[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null);
    }
}
