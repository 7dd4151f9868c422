using System.Text;

namespace Beian.Bureau.Registries;

/// <summary>
/// The phone camera of the sandbox: it takes JPEG photos whose comment segment (COM) says what they show — an ID card
/// with its fields, or a face with whose it is and the light it was taken in. The simulated OCR and face match read
/// that comment, as the real services would read the picture.
/// </summary>
public static class SimulatedCamera
{
    private const string Marker = "beian-camera";

    public static byte[] IdCard(string name, string number, string address) =>
        Photo(new() { ["kind"] = "id-card", ["name"] = name, ["number"] = number, ["address"] = address });

    /// <summary>A face capture of the person with this ID number; <paramref name="goodLight"/> false is a capture too dark to match.</summary>
    public static byte[] Face(string number, bool goodLight = true) =>
        Photo(new() { ["kind"] = "face", ["number"] = number, ["light"] = goodLight ? "good" : "poor" });

    /// <summary>What a photo shows, or null when it was not taken by this camera (an ordinary picture tells nothing).</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> ReadAsync(Stream photo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer, ct);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        // Walk the segments after SOI until the image data starts; a COM segment is FF FE with a big-endian length.
        for (var at = 2; at + 4 <= bytes.Length && bytes[at] == 0xFF && bytes[at + 1] is not (0xD9 or 0xDA);)
        {
            var length = (bytes[at + 2] << 8) | bytes[at + 3];
            if (length < 2)
            {
                // A segment's length counts its own two bytes: anything less is not a JPEG to read on from.
                return null;
            }

            if (bytes[at + 1] == 0xFE && at + 2 + length <= bytes.Length)
            {
                var fields = Parse(Encoding.UTF8.GetString(bytes.Slice(at + 4, length - 2)));
                if (fields is not null)
                {
                    return fields;
                }
            }

            at += 2 + length;
        }

        return null;
    }

    private static byte[] Photo(Dictionary<string, string> fields)
    {
        var comment = Encoding.UTF8.GetBytes(Marker + ";" + string.Join(";", fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value))));
        var length = comment.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. comment, 0xFF, 0xD9];
    }

    private static Dictionary<string, string>? Parse(string comment)
    {
        var parts = comment.Split(';');
        if (parts[0] != Marker)
        {
            return null;
        }

        // A field given twice keeps its last value, as a camera's own comment never repeats one.
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kv in parts.Skip(1).Select(p => p.Split('=', 2)).Where(kv => kv.Length == 2))
        {
            fields[kv[0]] = Uri.UnescapeDataString(kv[1]);
        }

        return fields;
    }
}
