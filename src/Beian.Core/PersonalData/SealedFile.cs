using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Beian.PersonalData;

/// <summary>
/// A file sealed like the rest of the personal data (an ID-card photo, a commitment video of up to 1 GB): AES-GCM in
/// chunks of 64 KiB, so that neither writing nor reading holds it whole. The header names the key id (for rotation)
/// and carries a random salt from which the file's own key is derived; each chunk's nonce is its number and whether it
/// is the last, and the header is authenticated with every chunk, so chunks cannot be reordered, dropped or cut off.
/// </summary>
/// <remarks>Layout: "BNSF" · version 1 · key-id length · key id · salt (32) · chunk size (4, big-endian) · chunks (ciphertext ‖ tag).</remarks>
public static class SealedFile
{
    public const int ChunkSize = 64 * 1024;
    private const int TagSize = 16;
    private const int SaltSize = 32;
    private static readonly byte[] Magic = "BNSF"u8.ToArray();

    /// <summary>Whether a file starts as a sealed file does (files stored before sealing began do not).</summary>
    public static bool IsSealed(Stream stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Span<byte> head = stackalloc byte[4];
        var position = stored.Position;
        var read = stored.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stored.Position = position;
        return read == 4 && head.SequenceEqual(Magic);
    }

    /// <summary>The key id a sealed file was sealed with.</summary>
    public static string KeyIdOf(Stream stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var position = stored.Position;
        var header = ReadHeader(stored);
        stored.Position = position;
        return header.KeyId;
    }

    /// <summary>A stream that seals what is written to it into <paramref name="output"/>; dispose it to write the last chunk.</summary>
    public static Stream Writer(Stream output, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(protector);
        var keyId = protector.CurrentKeyId;
        var keyIdBytes = Encoding.UTF8.GetBytes(keyId);
        var header = new byte[4 + 1 + 1 + keyIdBytes.Length + SaltSize + 4];
        Magic.CopyTo(header, 0);
        header[4] = 1;
        header[5] = checked((byte)keyIdBytes.Length);
        keyIdBytes.CopyTo(header, 6);
        RandomNumberGenerator.Fill(header.AsSpan(6 + keyIdBytes.Length, SaltSize));
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(header.Length - 4), ChunkSize);
        output.Write(header);
        var key = protector.FileKey(keyId, header.AsSpan(6 + keyIdBytes.Length, SaltSize));
        return new SealingStream(output, new AesGcm(key, TagSize), header);
    }

    /// <summary>A read-only stream of the clear content of a sealed file; it fails on any change to the stored bytes.</summary>
    public static Stream Reader(Stream stored, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(protector);
        var header = ReadHeader(stored);
        var key = protector.FileKey(header.KeyId, header.Salt);
        var sealedLength = stored.Length - header.Bytes.Length;
        var chunks = Math.Max(1, (sealedLength + header.ChunkSize + TagSize - 1) / (header.ChunkSize + TagSize));
        return new UnsealingStream(stored, new AesGcm(key, TagSize), header.Bytes, header.ChunkSize, sealedLength - (chunks * TagSize));
    }

    private static (string KeyId, byte[] Salt, int ChunkSize, byte[] Bytes) ReadHeader(Stream stored)
    {
        Span<byte> fixedPart = stackalloc byte[6];
        stored.ReadExactly(fixedPart);
        if (!fixedPart[..4].SequenceEqual(Magic) || fixedPart[4] != 1)
        {
            throw new CryptographicException("Not a sealed file of a known version.");
        }

        var rest = new byte[fixedPart[5] + SaltSize + 4];
        stored.ReadExactly(rest);
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(rest.AsSpan(rest.Length - 4));
        if (chunkSize is <= 0 or > 16 * 1024 * 1024)
        {
            throw new CryptographicException("A sealed file's chunk size is out of range.");
        }

        return (Encoding.UTF8.GetString(rest.AsSpan(0, fixedPart[5])), rest[fixedPart[5]..^4], chunkSize, [.. fixedPart, .. rest]);
    }

    private static void NonceOf(long chunk, bool last, Span<byte> nonce)
    {
        BinaryPrimitives.WriteInt64BigEndian(nonce, chunk);
        BinaryPrimitives.WriteInt32BigEndian(nonce[8..], last ? 1 : 0);
    }

    private sealed class SealingStream(Stream output, AesGcm cipher, byte[] header) : Stream
    {
        private readonly byte[] _plain = new byte[ChunkSize];
        private readonly byte[] _sealed = new byte[ChunkSize + TagSize];
        private int _filled;
        private long _chunk;
        private bool _done;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !_done;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                // A full chunk is sealed only when more follows: the last chunk must be known as the last.
                if (_filled == ChunkSize)
                {
                    SealChunk(last: false);
                }

                var take = Math.Min(buffer.Length, ChunkSize - _filled);
                buffer[..take].CopyTo(_plain.AsSpan(_filled));
                _filled += take;
                buffer = buffer[take..];
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (buffer.Length > 0)
            {
                if (_filled == ChunkSize)
                {
                    await SealChunkAsync(last: false, cancellationToken);
                }

                var take = Math.Min(buffer.Length, ChunkSize - _filled);
                buffer.Span[..take].CopyTo(_plain.AsSpan(_filled));
                _filled += take;
                buffer = buffer[take..];
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                await SealChunkAsync(last: true, CancellationToken.None);
                _done = true;
                await output.FlushAsync();
            }

            cipher.Dispose();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_done)
            {
                SealChunk(last: true);
                _done = true;
                output.Flush();
                cipher.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Encrypt(bool last)
        {
            Span<byte> nonce = stackalloc byte[12];
            NonceOf(_chunk++, last, nonce);
            cipher.Encrypt(nonce, _plain.AsSpan(0, _filled), _sealed.AsSpan(0, _filled), _sealed.AsSpan(_filled, TagSize), header);
            var length = _filled + TagSize;
            _filled = 0;
            return length;
        }

        private void SealChunk(bool last) => output.Write(_sealed, 0, Encrypt(last));

        private async Task SealChunkAsync(bool last, CancellationToken ct) => await output.WriteAsync(_sealed.AsMemory(0, Encrypt(last)), ct);
    }

    private sealed class UnsealingStream(Stream stored, AesGcm cipher, byte[] header, int chunkSize, long length) : Stream
    {
        private readonly byte[] _sealed = new byte[chunkSize + TagSize];
        private readonly byte[] _plain = new byte[chunkSize];
        private int _available;
        private int _offset;
        private long _chunk;
        private long _position;
        private bool _end;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _available && !_end)
            {
                var read = stored.ReadAtLeast(_sealed, _sealed.Length, throwOnEndOfStream: false);
                Open(read);
            }

            return Copy(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_offset == _available && !_end)
            {
                var read = await stored.ReadAtLeastAsync(_sealed, _sealed.Length, throwOnEndOfStream: false, cancellationToken);
                Open(read);
            }

            return Copy(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                cipher.Dispose();
                stored.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Open(int read)
        {
            if (read < TagSize)
            {
                throw new CryptographicException("A sealed file ends before its last chunk.");
            }

            // The last chunk is the one that fills no whole chunk or leaves the file at its end.
            var last = read < _sealed.Length || stored.Position == stored.Length;
            Span<byte> nonce = stackalloc byte[12];
            NonceOf(_chunk++, last, nonce);
            var size = read - TagSize;
            cipher.Decrypt(nonce, _sealed.AsSpan(0, size), _sealed.AsSpan(size, TagSize), _plain.AsSpan(0, size), header);
            (_available, _offset, _end) = (size, 0, last);
        }

        private int Copy(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, _available - _offset);
            _plain.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            _position += n;
            return n;
        }
    }
}
