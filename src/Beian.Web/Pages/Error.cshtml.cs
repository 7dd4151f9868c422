using System.Diagnostics;
using Beian.Platform.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages;

/// <summary>Every error page of the console, in Chinese: what happened and what to do.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : ConsolePage
{
    public string Title { get; private set; } = "出错了";

    public string WhatHappened { get; private set; } = string.Empty;

    public string WhatToDo { get; private set; } = string.Empty;

    public string? RequestId { get; private set; }

    public void OnGet(int? status) => Explain(status ?? 500);

    public void OnPost(int? status) => Explain(status ?? 500);

    private void Explain(int status)
    {
        (Title, WhatHappened, WhatToDo) = status switch
        {
            404 => ("页面不存在", "您要找的页面或记录不存在，或者您无权查看。", "检查地址是否正确，或从导航重新进入。"),
            403 => ("无权访问", "当前账号没有访问该页面的权限。", "请使用有相应权限的账号登录，或联系管理员开通。"),
            400 => ("请求无效", "提交的内容无法处理，可能页面已过期。", "请刷新页面后重新填写并提交。"),
            422 => ("内容不符合要求", HttpContext.Items[Beian.Platform.TextInputFilters.RefusalItem] as string ?? "提交的内容不符合要求。", "请修改后重新提交。"),
            413 => ("文件过大", "上传的文件超过了允许的大小。", "图片须在200KB至4MB之间，承诺视频不超过1GB；请压缩后重新上传。"),
            429 => ("操作过于频繁", "短时间内的请求次数超过了限制。", "请稍等片刻（页面响应头 Retry-After 给出秒数）后再试。"),
            _ => ("系统繁忙", "处理您的请求时发生了意外错误，您的数据没有被修改。", "请稍后重试；如问题持续，请联系客服。"),
        };
        RequestId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
    }
}
