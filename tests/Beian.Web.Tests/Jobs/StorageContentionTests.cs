using Beian.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Tests.Jobs;

/// <summary>A sweep step that meets another host's hold on the database is left for the next pass; anything else is a failure.</summary>
public class StorageContentionTests
{
    public static TheoryData<string, bool> Failures() => new()
    {
        { "sqlite-busy", true },
        { "sqlite-locked", true },
        { "sqlite-busy-in-a-save", true },
        { "sqlite-constraint", false },
        { "other", false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OnlyAHoldOfTheDatabase_IsTransient(string failure, bool transient)
    {
        Exception e = failure switch
        {
            "sqlite-busy" => new SqliteException("database is locked", 5),
            "sqlite-locked" => new SqliteException("database table is locked", 6),
            "sqlite-busy-in-a-save" => new DbUpdateException("save failed", new SqliteException("database is locked", 5)),
            "sqlite-constraint" => new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19)),
            _ => new InvalidOperationException("a bug"),
        };
        Assert.Equal(transient, StorageContention.IsTransient(e));
    }
}
