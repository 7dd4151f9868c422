using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Diagnostics;

namespace Beian.Web.Infrastructure;

/// <summary>
/// Exceptions that are answers, not crashes: two people acting on one order at once (409, nothing of the second
/// request stays) and a request body that is not the JSON the endpoint takes (400).
/// </summary>
public sealed class ExpectedExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var result = exception switch
        {
            OrderConflictException => Problems.Conflict("order.concurrent_update", "该订单刚被其他人更新，请刷新后重试。"),
            BadHttpRequestException bad => Problems.Problem(bad.StatusCode, "request.invalid", "请求格式不正确，请检查提交的数据（字段名称、类型与取值）。"),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }
}
