using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Platform;

/// <summary>
/// What a use case answers: its value, or the problem that refused it (RFC 7807 with a stable <c>code</c>). The
/// endpoint maps it to HTTP (<see cref="ResultHttp"/>); a console page shows the value or places the problem's notes
/// next to the fields they concern. Use cases know nothing of the caller.
/// </summary>
public readonly struct Result<T>
{
    internal Result(T? value, ProblemDetails? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ProblemDetails? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    /// <summary>A refusal built by <see cref="Problems"/>.</summary>
    public static implicit operator Result<T>(ProblemHttpResult refusal) => Result.Refused<T>(refusal);
}

/// <summary>Builds a <see cref="Result{T}"/> where the implicit conversions cannot (an interface-typed value).</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value) => new(value, null);

    public static Result<T> Refused<T>(ProblemHttpResult refusal) => new(default, (refusal ?? throw new ArgumentNullException(nameof(refusal))).ProblemDetails);
}

/// <summary>The thin end of an endpoint: a use case's result as the HTTP answer.</summary>
public static class ResultHttp
{
    public static Results<Ok<T>, ProblemHttpResult> ToHttp<T>(this Result<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value) : TypedResults.Problem(result.Problem);

    public static async Task<Results<Ok<T>, ProblemHttpResult>> ToHttpAsync<T>(this Task<Result<T>> result) =>
        (await (result ?? throw new ArgumentNullException(nameof(result)))).ToHttp();

    /// <summary>A use case that answers nothing: 204, or the problem.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> ToNoContentAsync(this Task<Result<Done>> result)
    {
        var answer = await (result ?? throw new ArgumentNullException(nameof(result)));
        return answer.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(answer.Problem);
    }

    /// <summary>A use case that makes something: 201 with where it now lives, or the problem.</summary>
    public static async Task<Results<Created<T>, ProblemHttpResult>> ToCreatedAsync<T>(this Task<Result<T>> result, Func<T, string> location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var answer = await (result ?? throw new ArgumentNullException(nameof(result)));
        return answer.Succeeded ? TypedResults.Created(location(answer.Value), answer.Value) : TypedResults.Problem(answer.Problem);
    }
}

/// <summary>What a use case that changes something and returns nothing answers when it went through (HTTP 204).</summary>
public sealed record Done
{
    public static readonly Done Value = new();

    private Done()
    {
    }
}
