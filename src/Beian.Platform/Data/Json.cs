using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beian.Platform.Data;

/// <summary>Stores a value as a JSON text column: drafts, principals and small lists that are read whole.</summary>
public static class Json
{
    // Chinese text and base64 are kept as they are, not escaped: the column is read by this code, never put in a page,
    // and escaping made the national record's principals a third longer to store and to parse.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion(
            v => Write(v),
            v => Read<T>(v),
            new ValueComparer<T>(
                (a, b) => Write(a) == Write(b),
                v => Write(v).GetHashCode(StringComparison.Ordinal),
                v => Read<T>(Write(v))));
    }
}
