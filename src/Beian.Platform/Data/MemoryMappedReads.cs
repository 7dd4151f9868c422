using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beian.Platform.Data;

/// <summary>
/// Lets every SQLite connection read the database file through a memory map instead of a read call per page: the
/// special inspection's batches seek all over a database of gigabytes, and the map halved their reads
/// (bench/compliance.sh). Writes still go through the WAL as before.
/// </summary>
internal sealed class MemoryMappedReads : DbConnectionInterceptor
{
    /// <summary>Bytes of the file mapped; SQLite caps it at its build's limit (2 GiB by default).</summary>
    private const long MapSize = 1L << 31;

    public static readonly MemoryMappedReads Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var pragma = Pragma(connection);
        pragma.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var pragma = Pragma(connection);
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MapSize}";
        return command;
    }
}
