using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beian.Web.Data;

/// <summary>
/// Failures that mean another host held the database for a moment, not that anything is wrong: SQLite's busy and
/// locked answers (two hosts writing one file), PostgreSQL's serialization failures and deadlocks.
/// </summary>
public static class StorageContention
{
    public static bool IsTransient(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException { SqliteErrorCode: 5 or 6 } or PostgresException { SqlState: "40001" or "40P01" })
            {
                return true;
            }
        }

        return false;
    }
}
