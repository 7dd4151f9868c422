using System.Security.Cryptography;
using Beian.PersonalData;
using Beian.Platform;
using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Filings;

/// <summary>An upload as stored: its generated name, the type found from its first bytes, its size and SHA-256.</summary>
public sealed record StoredUpload(string Name, string? Type, long Size, string Sha256);

/// <summary>
/// The upload folder: ID-card photos, documents and commitment videos, each streamed in under a generated name —
/// hashed on the way, typed by its first bytes (never its name) and sealed like the rest of the personal data
/// (<see cref="SealedFile"/>) — so that no file is held in memory whole or lies on disk in clear. The folder and its
/// files are readable by the service's user only.
/// </summary>
public sealed class UploadStore(PersonalDataProtector protector, IOptions<PlatformOptions> platform)
{
    public string Folder
    {
        get
        {
            var folder = Path.Combine(Path.GetFullPath(platform.Value.DataFolder), "uploads");
            FileModes.CreatePrivateFolder(folder);
            return folder;
        }
    }

    /// <summary>Seals the stream into a new file; the caller decides from the detected type whether to keep it.</summary>
    public async Task<StoredUpload> SaveAsync(Stream input, Func<ReadOnlySpan<byte>, string?> detect, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(detect);
        var name = Guid.CreateVersion7().ToString("N");
        var head = new byte[16];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var type = detect(head.AsSpan(0, read));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(head, 0, read);
        long size = read;
        await using (var file = FileModes.CreatePrivateFile(Path.Combine(Folder, name)))
        await using (var sealing = SealedFile.Writer(file, protector))
        {
            await sealing.WriteAsync(head.AsMemory(0, read), ct);
            var buffer = new byte[81920];
            int n;
            while ((n = await input.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await sealing.WriteAsync(buffer.AsMemory(0, n), ct);
                size += n;
            }
        }

        return new StoredUpload(name, type, size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>The clear content of a stored upload, read as it is sent (a file stored before sealing began is read as it is).</summary>
    public Stream OpenRead(string name)
    {
        var file = new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return SealedFile.IsSealed(file) ? SealedFile.Reader(file, protector) : file;
    }

    public void Delete(string name) => File.Delete(PathOf(name));

    private string PathOf(string name) =>
        // Names are generated here (32 hex digits); anything else never reaches the disk.
        name.Length == 32 && name.All(char.IsAsciiHexDigitLower) ? Path.Combine(Folder, name) : throw new ArgumentException("Not a stored upload's name.", nameof(name));
}
