using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Beian.Platform;

/// <summary>
/// Declares on each API endpoint the problem responses (RFC 7807, <c>application/problem+json</c>) it can give, so
/// that the OpenAPI document lists them beside the success: 400 for a body that is not the endpoint's JSON, 401 and
/// 403 where a role is required, 429 where a rate limit applies, and, for a use case that can refuse, 404 for the
/// resource its route names, 409 and 422 for a change. Each description names the <c>code</c> values it carries.
/// </summary>
public static class ProblemResponses
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    /// <summary>What each status means here; the codes are rule IDs or those of docs/problem-codes.md.</summary>
    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "请求格式不正确：request.invalid、input.invalid_characters、input.too_long、input.too_many",
        [StatusCodes.Status401Unauthorized] = "未登录或登录已失效：auth.required、auth.session_ended",
        [StatusCodes.Status403Forbidden] = "无权操作：auth.forbidden",
        [StatusCodes.Status404NotFound] = "未找到，或不属于调用者：<资源>.not_found",
        [StatusCodes.Status409Conflict] = "当前状态不允许：规则编号（R-…）、状态转换编号（T01–T21）、request.concurrent_update、request.conflict",
        [StatusCodes.Status422UnprocessableEntity] = "未通过校验：规则编号（R-…，findings 列出每一项）或 docs/problem-codes.md 中的代码（errors 列出字段）",
        [StatusCodes.Status429TooManyRequests] = "请求过于频繁：request.rate_limited 或规则编号；按 Retry-After 等待",
    };

    /// <summary>What a problem response of <paramref name="status"/> means, with the codes it carries.</summary>
    public static string? DescriptionOf(int status) => Descriptions.GetValueOrDefault(status);

    /// <summary>Adds the declarations to every endpoint of <paramref name="builder"/> once its own metadata is known.</summary>
    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(Declare);
        return builder;
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var verbs = metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var changes = verbs.Exists(v => v is "POST" or "PUT" or "PATCH" or "DELETE");
        var refuses = metadata.OfType<MethodInfo>().Any(m => Mentions(m.ReturnType, typeof(ProblemHttpResult)));
        var namesResource = endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 };
        var statuses = new List<int>();
        if (changes || metadata.OfType<IAcceptsMetadata>().Any())
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            statuses.AddRange([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]);
        }

        if (refuses && namesResource)
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (refuses && changes)
        {
            statuses.AddRange([StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity]);
        }
        else if (refuses && !namesResource)
        {
            statuses.Add(StatusCodes.Status422UnprocessableEntity);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            statuses.Add(StatusCodes.Status429TooManyRequests);
        }

        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        foreach (var status in statuses.Where(s => !declared.Contains(s)))
        {
            metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }
    }

    private static bool Mentions(Type type, Type wanted) =>
        type == wanted || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, wanted)));
}
