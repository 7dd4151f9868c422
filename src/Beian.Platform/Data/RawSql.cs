using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beian.Platform.Data;

/// <summary>
/// Hand-written SQL on a context's own connection, for the few bulk paths where EF's materialisation was most of the
/// time (the special inspection reads a million records; the bench seeders write them). Tables are named from the EF
/// model, so both engines' naming (schemas on PostgreSQL, prefixes on SQLite) is followed.
/// </summary>
public static class RawSql
{
    // Keys travel as they are (numbers in Chinese, base64 indexes): escaping them would only lengthen what SQLite parses.
    private static readonly JsonSerializerOptions KeyList = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The quoted, schema-qualified table of an entity.</summary>
    public static string Table<TEntity>(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        return entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
    }

    public static DbParameter Parameter(DbCommand command, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>
    /// Binds a list of keys as one parameter and returns the condition that a column is among them: an array on
    /// PostgreSQL, a JSON array read by <c>json_each</c> on SQLite (one statement whatever the list's length).
    /// </summary>
    public static string AmongKeys(DbContext db, DbCommand command, string name, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsNpgsql())
        {
            Parameter(command, name, keys.ToArray());
            return $"= ANY({name})";
        }

        Parameter(command, name, JsonSerializer.Serialize(keys, KeyList));
        return $"IN (SELECT value FROM json_each({name}))";
    }

    /// <summary>Runs a query on the context's connection and reads each row as it arrives.</summary>
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        DbContext db, Func<DbCommand, string> prepare, Func<DbDataReader, T> read, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(read);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // In the context's transaction when there is one, as ADO.NET asks: the bureau's checks look up phones while it approves.
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = prepare(command);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                yield return read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The string in a column that may be NULL.</summary>
    public static string? NullableString(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
