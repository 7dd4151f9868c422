using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beian.Platform.Data;

/// <summary>
/// The storage engines' answers that are not faults, told apart the same way on both engines: a unique key refusing a
/// second row (a race decided), and another host holding the database for a moment (try again).
/// </summary>
public static class StorageErrors
{
    /// <summary>A unique key refused a second row: SQLite's constraint error, PostgreSQL's SQLSTATE 23505.</summary>
    public static bool IsUniqueViolation(Exception e) =>
        Causes(e).Any(inner => inner is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: "23505" });

    /// <summary>
    /// Another host held the database at that moment: SQLite's busy and locked answers (two hosts writing one file),
    /// PostgreSQL's serialization failures and deadlocks. Nothing was written; the same work may simply be tried again.
    /// </summary>
    public static bool IsContention(Exception e) =>
        Causes(e).Any(inner => inner is SqliteException { SqliteErrorCode: 5 or 6 } or PostgresException { SqlState: "40001" or "40P01" });

    private static IEnumerable<Exception> Causes(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
