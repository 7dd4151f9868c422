using System.Text.Json;
using System.Text.RegularExpressions;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Infrastructure;

/// <summary>
/// Exceptions that are answers, not crashes: two people acting on one thing at once (409, nothing of the second
/// request stays: a concurrency token or a unique key decided the race), the database held by another host at that
/// moment (503 with Retry-After: the failed save wrote nothing; try again) and a request body that is
/// not the JSON the endpoint takes (400, naming the field).
/// </summary>
public sealed partial class ExpectedExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var result = exception switch
        {
            OrderConflictException => Problems.Conflict("order.concurrent_update", "该订单刚被其他人更新，请刷新后重试。"),
            DbUpdateConcurrencyException => Problems.Conflict("request.concurrent_update", "该记录刚被其他人更新，请刷新后重试。"),
            DbUpdateException update when StorageErrors.IsUniqueViolation(update) => Problems.Conflict("request.conflict", "同样的操作刚刚已经完成（或正在进行），请刷新后查看结果。"),
            _ when StorageErrors.IsContention(exception) => Problems.Problem(StatusCodes.Status503ServiceUnavailable, "request.busy", "系统繁忙，请稍后重试；重试前可刷新页面查看操作是否已完成。"),
            BadHttpRequestException bad => BadRequest(bad, httpContext.Request.Path),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        if (!httpContext.Response.HasStarted)
        {
            httpContext.Response.Clear();
            if (result.StatusCode == StatusCodes.Status503ServiceUnavailable)
            {
                httpContext.Response.Headers.RetryAfter = "1";
            }

            await result.ExecuteAsync(httpContext);
        }

        return true;
    }

    private static ProblemHttpResult BadRequest(BadHttpRequestException bad, PathString requestPath)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var (code, detail413) = Problems.TooLarge(requestPath);
            return Problems.Problem(bad.StatusCode, code, detail413);
        }

        var json = bad.InnerException as JsonException;
        var missing = json is null ? null : MissingProperties().Match(json.Message);
        var detail = missing is { Success: true }
            ? $"缺少必填字段：{missing.Groups["names"].Value.Replace("'", string.Empty, StringComparison.Ordinal)}。"
            : json?.Path is { Length: > 1 } path
                ? $"字段 {path.TrimStart('$', '.')} 的类型或取值不正确。"
                : "请求格式不正确，请检查提交的数据（字段名称、类型与取值）。";
        var extensions = new Dictionary<string, object?>();
        if (missing is { Success: true })
        {
            extensions["missing"] = missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => n.Trim('\'')).ToArray();
        }
        else if (json?.Path is { Length: > 1 })
        {
            extensions["field"] = json.Path;
        }

        return Problems.Problem(bad.StatusCode, "request.invalid", detail, extensions);
    }

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$")]
    private static partial Regex MissingProperties();
}
