using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace Beian.Web.Infrastructure.Pdf;

/// <summary>
/// The one font the platform's PDFs are set in: a CJK TrueType face from the configured path (<c>Pdf:FontPath</c>) or
/// one of Debian's CJK font packages. PDFsharp reads no TrueType collection (.ttc), so the first face of a collection
/// is taken out as a font of its own. PDFsharp's resolver is process-wide: the first host to ask registers it.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Family = "BeianCJK";

    /// <summary>Debian's CJK fonts with TrueType outlines, in order of preference.</summary>
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
    ];

    private static readonly Lock Gate = new();
    private static CjkFont? _registered;
    private readonly byte[] _face;

    private CjkFont(byte[] face) => _face = face;

    /// <summary>The font file found, or null when this machine has none: PDFs are then refused, never set in boxes.</summary>
    public static string? Find(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? (File.Exists(configured) ? configured : null) : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Registers the font with PDFsharp once per process; false when no font is available.</summary>
    public static bool EnsureRegistered(string? configured)
    {
        lock (Gate)
        {
            if (_registered is not null)
            {
                return true;
            }

            if (Find(configured) is not { } path)
            {
                return false;
            }

            _registered = new CjkFont(FirstFace(File.ReadAllBytes(path)));
            GlobalFontSettings.FontResolver = _registered;
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, italic);

    public byte[]? GetFont(string faceName) => _face;

    /// <summary>A font file as it is, or the first face of a TrueType collection rebuilt as a file of its own.</summary>
    public static byte[] FirstFace(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var span = file.AsSpan();
        if (file.Length < 16 || !span[..4].SequenceEqual("ttcf"u8))
        {
            return file;
        }

        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[12..]);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[(start + 4)..]);
        var header = 12 + (16 * tables);
        var records = Enumerable.Range(0, tables).Select(i => file.AsSpan(start + 12 + (16 * i), 16).ToArray()).ToList();
        var size = header + records.Sum(r => Padded((int)BinaryPrimitives.ReadUInt32BigEndian(r.AsSpan(12))));
        var face = new byte[size];
        span.Slice(start, 12).CopyTo(face);
        var at = header;
        for (var i = 0; i < tables; i++)
        {
            var record = records[i];
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record.AsSpan(8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record.AsSpan(12));
            span.Slice(offset, length).CopyTo(face.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(record.AsSpan(8), (uint)at);
            record.CopyTo(face.AsSpan(12 + (16 * i)));
            at += Padded(length);
        }

        return face;
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
