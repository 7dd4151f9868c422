using System.Security.Cryptography;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Streams an upload to the upload folder under a generated name, hashing it on the way and telling its type from its
/// first bytes — never from its name — so that neither a document nor a video is held in memory whole.
/// </summary>
public static class UploadStore
{
    public static string Folder(string dataFolder)
    {
        var folder = Path.Combine(Path.GetFullPath(dataFolder), "uploads");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes the stream to <paramref name="path"/>; returns the detected type (null: not one accepted) and the SHA-256.</summary>
    public static async Task<(string? Type, string Sha256)> SaveAsync(Stream input, string path, Func<ReadOnlySpan<byte>, string?> detect, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(detect);
        var head = new byte[16];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var type = detect(head.AsSpan(0, read));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(head, 0, read);
        await using (var output = File.Create(path))
        {
            await output.WriteAsync(head.AsMemory(0, read), ct);
            var buffer = new byte[81920];
            int n;
            while ((n = await input.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await output.WriteAsync(buffer.AsMemory(0, n), ct);
            }
        }

        return (type, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
