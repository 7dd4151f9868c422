using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Beian.Bureau.Data;
using Beian.PersonalData;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beian.Web.Infrastructure.Keys;

/// <summary>What a rotation re-sealed.</summary>
public sealed record RotationReport(int Values, int Files, int KeyRingEntries);

/// <summary>
/// <c>keys rotate</c>: after a new current key is configured, re-seals every stored personal-data value (on both
/// sides, both engines), every uploaded file and the sign-in key ring under the current keys. It works in batches of
/// <see cref="BatchSize"/> rows, each in its own transaction, and leaves what is already under the current key
/// alone, so that a rotation stopped at any point is finished by running it again. The sealed columns are found from
/// the EF model (complex <see cref="SealedText"/> properties and JSON columns whose type holds one), so a new entity
/// is rotated without being listed here.
/// </summary>
public sealed class KeyRotation(ProviderDb provider, BureauDb bureau, PersonalDataProtector protector, KeyRingKeys ring, UploadStore uploads)
{
    public const int BatchSize = 500;

    /// <param name="progress">Where each column's count is written.</param>
    /// <param name="bar">Told after each batch how many of a column's rows were read of how many (the command line draws it).</param>
    /// <param name="ct">Cancels between batches; running again goes on from there.</param>
    public async Task<RotationReport> RunAsync(TextWriter progress, CancellationToken ct, Action<string, long, long>? bar = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var values = 0;
        foreach (var db in new DbContext[] { provider, bureau })
        {
            foreach (var column in SealedColumns(db.Model))
            {
                var changed = await RotateColumnAsync(db, column, bar, ct);
                await progress.WriteLineAsync($"  {column.Table}.{column.Column}: {changed}");
                values += changed;
            }
        }

        var files = await RotateFilesAsync(ct);
        await progress.WriteLineAsync($"  uploads: {files}");
        var entries = await RotateKeyRingAsync(ct);
        await progress.WriteLineAsync($"  key ring: {entries}");
        return new RotationReport(values, files, entries);
    }

    /// <summary>A column that holds sealed values: a SealedText's cipher, or JSON with SealedText objects inside.</summary>
    public sealed record SealedColumn(string Table, string? Schema, string Key, string Column, bool Json);

    public static IReadOnlyList<SealedColumn> SealedColumns(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var columns = new List<SealedColumn>();
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sealedColumns = entity.GetComplexProperties().Where(c => c.ComplexType.ClrType == typeof(SealedText))
                .Select(c => (Column: c.ComplexType.FindProperty(nameof(SealedText.Cipher))!.GetColumnName(store)!, Json: false))
                .Concat(entity.GetProperties().Where(p => p.GetValueConverter() is not null && Holds(p.ClrType, typeof(SealedText), []))
                    .Select(p => (Column: p.GetColumnName(store)!, Json: true)))
                .ToList();
            if (sealedColumns.Count == 0)
            {
                continue;
            }

            var key = entity.FindPrimaryKey()!.Properties;
            if (key.Count != 1)
            {
                throw new NotSupportedException($"{entity.GetTableName()} holds sealed values under a composite key, which the rotation does not page through.");
            }

            columns.AddRange(sealedColumns.Select(c => new SealedColumn(entity.GetTableName()!, entity.GetSchema(), key[0].GetColumnName(store)!, c.Column, c.Json)));
        }

        return columns;
    }

    private async Task<int> RotateColumnAsync(DbContext db, SealedColumn column, Action<string, long, long>? bar, CancellationToken ct)
    {
        var table = column.Schema is { } schema ? $"\"{schema}\".\"{column.Table}\"" : $"\"{column.Table}\"";
        var changed = 0;
        object? last = null;
        var total = bar is null ? 0 : await RawSql.ReadAsync(db, _ => $"SELECT COUNT(*) FROM {table}", reader => reader.GetInt64(0), ct).FirstAsync(ct);
        long read = 0;
        while (true)
        {
            var batch = await RawSql.ReadAsync(
                db,
                command =>
                {
                    if (last is not null)
                    {
                        RawSql.Parameter(command, "@last", last);
                    }

                    return $"""SELECT "{column.Key}", "{column.Column}" FROM {table} {(last is null ? string.Empty : $"WHERE \"{column.Key}\" > @last")} ORDER BY "{column.Key}" LIMIT {BatchSize}""";
                },
                reader => (Key: reader.GetValue(0), Value: reader.IsDBNull(1) ? null : reader.GetString(1)),
                ct).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return changed;
            }

            last = batch[^1].Key;
            read += batch.Count;
            bar?.Invoke($"{column.Table}.{column.Column}", read, Math.Max(total, read));
            var updates = batch.Select(row => (row.Key, New: row.Value is null ? null : Reseal(row.Value, column.Json)))
                .Where(row => row.New is not null)
                .ToList();
            if (updates.Count > 0)
            {
                await UpdateAsync(db, table, column, updates!, ct);
                changed += updates.Count;
            }
        }
    }

    private static async Task UpdateAsync(DbContext db, string table, SealedColumn column, IReadOnlyList<(object Key, string? New)> updates, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        foreach (var (key, value) in updates)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = $"""UPDATE {table} SET "{column.Column}" = @value WHERE "{column.Key}" = @key""";
            RawSql.Parameter(command, "@value", value!);
            RawSql.Parameter(command, "@key", key);
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>The value re-sealed under the current key, or null when nothing in it needed that.</summary>
    private string? Reseal(string stored, bool json)
    {
        if (!json)
        {
            var keyId = stored[..Math.Max(0, stored.IndexOf(':', StringComparison.Ordinal))];
            return keyId == protector.CurrentKeyId ? null : protector.Reseal(new SealedText(stored, string.Empty, string.Empty)).Cipher;
        }

        var node = JsonNode.Parse(stored);
        return node is not null && ResealIn(node) ? node.ToJsonString(Json.Options) : null;
    }

    private bool ResealIn(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj when obj["cipher"] is JsonValue cipher && cipher.TryGetValue<string>(out var text) && obj.ContainsKey("index"):
                if (!text.StartsWith(protector.CurrentKeyId + ":", StringComparison.Ordinal))
                {
                    obj["cipher"] = protector.Reseal(new SealedText(text, string.Empty, string.Empty)).Cipher;
                    changed = true;
                }

                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    changed |= child is not null && ResealIn(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    changed |= child is not null && ResealIn(child);
                }

                break;
        }

        return changed;
    }

    private async Task<int> RotateFilesAsync(CancellationToken ct)
    {
        var changed = 0;
        foreach (var path in Directory.EnumerateFiles(uploads.Folder).Where(p => Path.GetFileName(p).Length == 32))
        {
            var name = Path.GetFileName(path);
            await using (var probe = File.OpenRead(path))
            {
                if (SealedFile.IsSealed(probe) && SealedFile.KeyIdOf(probe) == protector.CurrentKeyId)
                {
                    continue;
                }
            }

            // Sealed anew beside the old file, then put in its place in one rename: a stop in between leaves the old file whole.
            var temporary = path + ".rotating";
            File.Delete(temporary);
            await using (var output = FileModes.CreatePrivateFile(temporary))
            {
                await using (var sealing = SealedFile.Writer(output, protector))
                await using (var input = uploads.OpenRead(name))
                {
                    await input.CopyToAsync(sealing, ct);
                }

                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            changed++;
        }

        return changed;
    }

    private async Task<int> RotateKeyRingAsync(CancellationToken ct)
    {
        var encryptor = new KeyRingEncryptor(ring);
        var decryptor = new KeyRingDecryptor(new SingleService(ring));
        var changed = 0;
        foreach (var entry in await provider.DataProtectionKeys.ToListAsync(ct))
        {
            var xml = XElement.Parse(entry.Xml!);
            var touched = false;
            foreach (var secret in xml.Descendants(DataProtection + "encryptedSecret").ToList())
            {
                var inner = secret.Elements().Single();
                if (KeyRingEncryptor.KeyIdOf(inner) != ring.CurrentKeyId)
                {
                    inner.ReplaceWith(encryptor.Encrypt(decryptor.Decrypt(inner)).EncryptedElement);
                    touched = true;
                }
            }

            // A key stored before the ring was encrypted at rest: encrypt it now, as data protection would have.
            foreach (var clear in xml.Descendants().Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true).ToList())
            {
                var info = encryptor.Encrypt(clear);
                clear.ReplaceWith(new XElement(DataProtection + "encryptedSecret", new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!), info.EncryptedElement));
                touched = true;
            }

            if (touched)
            {
                entry.Xml = xml.ToString(SaveOptions.DisableFormatting);
                changed++;
            }
        }

        await provider.SaveChangesAsync(ct);
        return changed;
    }

    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    private static bool Holds(Type type, Type wanted, HashSet<Type> seen)
    {
        if (type == wanted)
        {
            return true;
        }

        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || !seen.Add(type))
        {
            return false;
        }

        if (type.IsGenericType && type.GetGenericArguments().Any(a => Holds(a, wanted, seen)))
        {
            return true;
        }

        if (type.IsArray && Holds(type.GetElementType()!, wanted, seen))
        {
            return true;
        }

        return type.Namespace?.StartsWith("Beian", StringComparison.Ordinal) == true
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Holds(p.PropertyType, wanted, seen));
    }

    private sealed class SingleService(KeyRingKeys keys) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(KeyRingKeys) ? keys : null;
    }
}
