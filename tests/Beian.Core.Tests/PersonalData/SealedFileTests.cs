using System.Security.Cryptography;
using Beian.PersonalData;

namespace Beian.Tests.PersonalData;

public class SealedFileTests
{
    private static PersonalDataProtector Protector(string current = "k1") => new(new PersonalDataKeys(
        current,
        new Dictionary<string, byte[]> { ["k1"] = Enumerable.Repeat((byte)1, 32).ToArray(), ["k2"] = Enumerable.Repeat((byte)2, 32).ToArray() },
        Enumerable.Repeat((byte)3, 32).ToArray()));

    public static TheoryData<int> Sizes() => [0, 1, SealedFile.ChunkSize - 1, SealedFile.ChunkSize, SealedFile.ChunkSize + 1, (3 * SealedFile.ChunkSize) + 17];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task WhatIsSealed_ReadsBackTheSame_AndIsNotStoredInClear(int size)
    {
        var clear = RandomNumberGenerator.GetBytes(size);
        var stored = await SealAsync(Protector(), clear);

        Assert.True(SealedFile.IsSealed(new MemoryStream(stored)));
        Assert.Equal(-1, size < 16 ? -1 : stored.AsSpan().IndexOf(clear.AsSpan(0, 16)));
        using var reader = SealedFile.Reader(new MemoryStream(stored), Protector());
        Assert.Equal(size, reader.Length);
        using var back = new MemoryStream();
        await reader.CopyToAsync(back);
        Assert.Equal(clear, back.ToArray());
    }

    [Fact]
    public async Task AChangedByte_ADroppedLastChunk_OrASwappedChunk_AreRefused()
    {
        var clear = RandomNumberGenerator.GetBytes((2 * SealedFile.ChunkSize) + 100);
        var stored = await SealAsync(Protector(), clear);
        var header = stored.Length - clear.Length - (3 * 16);

        var flipped = (byte[])stored.Clone();
        flipped[header + 10] ^= 1;
        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(flipped));

        // Cut after the second whole chunk: what is left must not pass for the whole file.
        var cut = stored[..(header + (2 * (SealedFile.ChunkSize + 16)))];
        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(cut));

        var swapped = (byte[])stored.Clone();
        stored.AsSpan(header, SealedFile.ChunkSize + 16).CopyTo(swapped.AsSpan(header + SealedFile.ChunkSize + 16));
        stored.AsSpan(header + SealedFile.ChunkSize + 16, SealedFile.ChunkSize + 16).CopyTo(swapped.AsSpan(header));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(swapped));
    }

    [Fact]
    public async Task AFileSealedUnderAnOldKey_NamesIt_AndStillReadsAfterTheCurrentKeyChanges()
    {
        var clear = RandomNumberGenerator.GetBytes(1000);
        var stored = await SealAsync(Protector("k1"), clear);
        Assert.Equal("k1", SealedFile.KeyIdOf(new MemoryStream(stored)));

        using var reader = SealedFile.Reader(new MemoryStream(stored), Protector("k2"));
        using var back = new MemoryStream();
        await reader.CopyToAsync(back);
        Assert.Equal(clear, back.ToArray());
    }

    private static async Task<byte[]> SealAsync(PersonalDataProtector protector, byte[] clear)
    {
        var output = new MemoryStream();
        await using (var writer = SealedFile.Writer(output, protector))
        {
            // Written in uneven pieces, as an upload arrives.
            for (var at = 0; at < clear.Length; at += 7777)
            {
                await writer.WriteAsync(clear.AsMemory(at, Math.Min(7777, clear.Length - at)));
            }
        }

        return output.ToArray();
    }

    private static async Task ReadAsync(byte[] stored)
    {
        using var reader = SealedFile.Reader(new MemoryStream(stored), Protector());
        await reader.CopyToAsync(Stream.Null);
    }
}
