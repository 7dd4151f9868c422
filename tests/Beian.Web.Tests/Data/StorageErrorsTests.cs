using System.Text.Json;
using Beian.Platform.Data;
using Beian.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Data;

/// <summary>
/// What the engines answer is told apart once: a unique key deciding a race (409), another host holding the database
/// (a sweep step waits for the next pass; a request gets 503 with Retry-After), anything else a fault.
/// </summary>
public class StorageErrorsTests
{
    public static TheoryData<string, bool, bool> Failures() => new()
    {
        { "sqlite-busy", true, false },
        { "sqlite-locked", true, false },
        { "sqlite-busy-in-a-save", true, false },
        { "sqlite-unique-in-a-save", false, true },
        { "other", false, false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void EachAnswerOfTheEngine_IsToldApart(string failure, bool contention, bool unique)
    {
        var e = Failure(failure);
        Assert.Equal(contention, StorageErrors.IsContention(e));
        Assert.Equal(unique, StorageErrors.IsUniqueViolation(e));
    }

    [Fact]
    public async Task ARequestThatMeetsABusyDatabase_Gets503WithRetryAfterAndItsCode()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        Assert.True(await new ExpectedExceptionHandler().TryHandleAsync(context, Failure("sqlite-busy-in-a-save"), CancellationToken.None));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("request.busy", problem.RootElement.GetProperty("code").GetString());
        Assert.False(await new ExpectedExceptionHandler().TryHandleAsync(context, Failure("other"), CancellationToken.None));
    }

    private static Exception Failure(string failure) => failure switch
    {
        "sqlite-busy" => new SqliteException("database is locked", 5),
        "sqlite-locked" => new SqliteException("database table is locked", 6),
        "sqlite-busy-in-a-save" => new DbUpdateException("save failed", new SqliteException("database is locked", 5)),
        "sqlite-unique-in-a-save" => new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19)),
        _ => new InvalidOperationException("a bug"),
    };
}
