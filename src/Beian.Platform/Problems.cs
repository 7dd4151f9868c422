using Beian.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Platform;

/// <summary>
/// Every refusal leaves as RFC 7807 problem+json with a stable <c>code</c> and a Chinese <c>detail</c>.
/// </summary>
public static class Problems
{
    /// <summary>Set on a request whose sign-in ended (a revoked token or a changed stamp): its 401 says so.</summary>
    public const string SessionEndedItem = "beian:session-ended";

    /// <summary>Set on a request whose API key was refused, with the reason its 401 gives.</summary>
    public const string ApiKeyRefusedItem = "beian:api-key-refused";

    public static ProblemHttpResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return Problem(status, error.Code, error.Detail);
    }

    /// <summary>A refusal by the rule book: the code is the first blocking finding's primary rule ID, all findings attached.</summary>
    public static ProblemHttpResult FromFindings(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var first = findings.First(f => f.Severity == Severity.Blocking);
        return Problem(StatusCodes.Status422UnprocessableEntity, first.PrimaryId, first.Message, new() { ["findings"] = findings });
    }

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, what + ".not_found", "未找到该记录，或您无权查看。");

    /// <summary>
    /// A refusal. Where a rule explains it, <paramref name="code"/> is the rule's ID and <paramref name="error"/> the
    /// stable generic name clients knew before (kept as the problem's <c>error</c>).
    /// </summary>
    public static ProblemHttpResult Invalid(string code, string detail, string? error = null) =>
        Problem(StatusCodes.Status422UnprocessableEntity, code, detail, error is null ? null : new() { ["error"] = error });

    public static ProblemHttpResult Conflict(string code, string detail, string? error = null) =>
        Problem(StatusCodes.Status409Conflict, code, detail, error is null ? null : new() { ["error"] = error });

    /// <summary>A 429 whose <c>retryAfter</c> (seconds) the endpoint also sends as the Retry-After header.</summary>
    public static ProblemHttpResult TooManyRequests(string code, string detail, TimeSpan retryAfter) =>
        Problem(StatusCodes.Status429TooManyRequests, code, detail, new() { ["retryAfter"] = (int)Math.Ceiling(retryAfter.TotalSeconds) });

    public static ProblemHttpResult Problem(int status, string code, string detail, Dictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Detail = detail,
            Type = $"https://beian.example/problems/{code}",
        };
        problem.Extensions["code"] = code;
        foreach (var (key, value) in extensions ?? [])
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>Fills in a code and a Chinese explanation for problems the framework writes itself (401, 403, 404, bad JSON, crashes).</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.TryGetValue("retryAfter", out var seconds) && seconds is int wait)
        {
            context.HttpContext.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var (code, detail) = problem.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => TooLarge(context.HttpContext.Request.Path),
            StatusCodes.Status400BadRequest => ("request.invalid", "请求格式不正确，请检查提交的数据。"),
            StatusCodes.Status401Unauthorized when context.HttpContext.Items[ApiKeyRefusedItem] is string why => ("auth.api_key_invalid", why),
            StatusCodes.Status401Unauthorized when context.HttpContext.Items.ContainsKey(SessionEndedItem) => ("auth.session_ended", "登录已失效，请重新登录。"),
            StatusCodes.Status401Unauthorized => ("auth.required", "请先登录。"),
            StatusCodes.Status403Forbidden => ("auth.forbidden", "您没有执行此操作的权限。"),
            StatusCodes.Status404NotFound => ("not_found", "未找到请求的资源。"),
            StatusCodes.Status405MethodNotAllowed => ("request.method_not_allowed", "不支持该请求方法。"),
            StatusCodes.Status415UnsupportedMediaType => ("request.unsupported_media_type", "请以 JSON 格式提交数据。"),
            _ => ("server.error", "系统繁忙，请稍后重试；如问题持续，请联系客服并提供请求编号。"),
        };
        problem.Extensions["code"] = code;
        problem.Detail = detail;
        problem.Title ??= TitleOf(problem.Status ?? 500);
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    /// <summary>What an upload too large for its slot is told: the slot's size rule, and what to do.</summary>
    public static (string Code, string Detail) TooLarge(PathString path) =>
        path.Value?.EndsWith("/video", StringComparison.Ordinal) == true
            ? ("R-VID-04", "承诺视频不能超过1GB，请压缩或降低分辨率后重新上传。")
            : ("R-DOC-04", "图片大小须在200KB至4MB之间，请压缩或重新扫描后上传。");

    private static string TitleOf(int status) => status switch
    {
        400 => "请求无效",
        401 => "未登录",
        403 => "无权操作",
        404 => "未找到",
        409 => "当前状态不允许此操作",
        413 => "上传内容过大",
        429 => "请求过于频繁",
        410 => "已过期，请重新获取",
        422 => "未通过校验",
        _ => "系统错误",
    };
}
