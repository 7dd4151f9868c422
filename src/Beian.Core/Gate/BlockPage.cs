using System.Text.Encodings.Web;

namespace Beian.Gate;

/// <summary>
/// The notice a blocked visitor sees (备案阻断页), in Chinese: that the domain has no valid filing with this provider,
/// why, and what the owner can do. It names the host and nothing else — no subject, no number, no personal data.
/// </summary>
public static class BlockPage
{
    public static string Render(string host, GateReason reason)
    {
        ArgumentNullException.ThrowIfNull(host);
        var safeHost = HtmlEncoder.Default.Encode(host.Split(':')[0]);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>网站暂时无法访问</title>
            <style>body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222;line-height:1.7}h1{font-size:1.5rem}code{background:#f3f3f3;padding:.1rem .3rem}</style>
            </head><body>
            <h1>网站暂时无法访问</h1>
            <p>您访问的域名 <code>{{safeHost}}</code> 在本接入商没有有效的ICP备案接入。</p>
            <p>{{reason.Explain()}}</p>
            <h2>如果您是网站负责人</h2>
            <ul>
            <li>尚未备案：请登录备案控制台，为该域名办理ICP备案（首次备案或新增网站）。</li>
            <li>已在其他接入商备案：请在本接入商办理接入备案，获批前请勿将域名解析到本接入商的服务器。</li>
            <li>刚刚获批：备案信息同步至本接入商需要一段时间，同步后即可访问。</li>
            </ul>
            <p>可在备案控制台的「访问诊断」中查看具体原因。</p>
            </body></html>
            """;
    }
}
