using System.Security.Cryptography;
using System.Text;

namespace Beian.PersonalData;

/// <summary>The keys that seal personal data: encryption keys by id (the newest seals, all unseal) and one index key.</summary>
/// <param name="CurrentKeyId">The id of the key new values are sealed with.</param>
/// <param name="Keys">Every AES-256 key by id; old ones stay so that old values can be read and re-sealed.</param>
/// <param name="IndexKey">The HMAC key of the blind index. It does not rotate with the encryption keys: a new one would mean re-indexing every row.</param>
public sealed record PersonalDataKeys(string CurrentKeyId, IReadOnlyDictionary<string, byte[]> Keys, byte[] IndexKey);

/// <summary>Seals and unseals personal data (DESIGN.md §4).</summary>
public sealed class PersonalDataProtector : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly PersonalDataKeys _keys;

    // Setting up a cipher or an HMAC costs far more than using one (about 20 µs against 1 µs when the inspection
    // unseals millions of values), and neither may be shared between threads: each thread keeps its own.
    private readonly ThreadLocal<Dictionary<string, AesGcm>> _ciphers = new(() => new(StringComparer.Ordinal), trackAllValues: true);
    private readonly ThreadLocal<HMACSHA256> _index;

    public PersonalDataProtector(PersonalDataKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.Keys.ContainsKey(keys.CurrentKeyId))
        {
            throw new ArgumentException($"The current key {keys.CurrentKeyId} is not among the keys.", nameof(keys));
        }

        _keys = keys;
        _index = new(() => new HMACSHA256(keys.IndexKey), trackAllValues: true);
    }

    public string CurrentKeyId => _keys.CurrentKeyId;

    /// <summary>Seals a clear value; it is normalised first so that the index matches however it was typed.</summary>
    public SealedText Seal(string value, PersonalDataKind kind)
    {
        var normal = Normalise(value, kind);
        return new SealedText(Encrypt(normal), IndexOf(normal, kind), Masking.Mask(normal, kind));
    }

    /// <summary>The blind index of a clear value, for looking up rows that hold the same value.</summary>
    public string IndexOf(string value, PersonalDataKind kind)
    {
        var normal = Normalise(value, kind);
        // "{kind}:{value}" in UTF-8, hashed without intermediate arrays: the inspection indexes millions of values.
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(normal.Length)];
        ((int)kind).TryFormat(input, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        input[length++] = (byte)':';
        length += Encoding.UTF8.GetBytes(normal, input[length..]);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        _index.Value!.TryComputeHash(input[..length], hash, out _);
        return Convert.ToBase64String(hash);
    }

    /// <summary>The clear value. Callers that show it to a person other than its owner must audit the reveal.</summary>
    public string Unseal(SealedText sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        var cipherText = sealedText.Cipher.AsSpan();
        var separator = cipherText.IndexOf(':');
        var keyId = cipherText[..separator];
        var encoded = cipherText[(separator + 1)..];
        Span<byte> blob = stackalloc byte[encoded.Length];
        if (!Convert.TryFromBase64Chars(encoded, blob, out var blobLength) || blobLength < NonceSize + TagSize)
        {
            throw new CryptographicException("Sealed personal data is not well formed.");
        }

        Span<byte> keyIdBytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(keyId.Length)];
        keyIdBytes = keyIdBytes[..Encoding.UTF8.GetBytes(keyId, keyIdBytes)];
        var cipher = blob[(NonceSize + TagSize)..blobLength];
        Span<byte> plain = stackalloc byte[cipher.Length];
        CipherFor(keyId.ToString()).Decrypt(blob[..NonceSize], cipher, blob.Slice(NonceSize, TagSize), plain, keyIdBytes);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Seals the value again with the current key (key rotation); a value already under it is returned as is.</summary>
    public SealedText Reseal(SealedText sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        return sealedText.KeyId == _keys.CurrentKeyId ? sealedText : sealedText with { Cipher = Encrypt(Unseal(sealedText)) };
    }

    /// <summary>
    /// The key of one sealed file: derived (HKDF-SHA256) from the personal-data key <paramref name="keyId"/> and the
    /// file's own random salt, so that every file has its own key and its chunk counters never meet another file's.
    /// </summary>
    public byte[] FileKey(string keyId, ReadOnlySpan<byte> salt)
    {
        if (!_keys.Keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"A file was sealed with key {keyId}, which is not configured.");
        }

        var derived = new byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, derived, salt, "beian-sealed-file-v1"u8);
        return derived;
    }

    /// <summary>
    /// Phone numbers and landlines become E.164 however they were typed (so that +86 138…, 138 0013 8000 and
    /// 13800138000 are one number to every look-up); certificate numbers are upper-cased (a lower-case x is an X).
    /// </summary>
    public static string Normalise(string value, PersonalDataKind kind)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (kind == PersonalDataKind.Secret)
        {
            return value; // a secret is bytes to sign with: as it is
        }

        var trimmed = value.Trim();
        return kind switch
        {
            PersonalDataKind.Phone or PersonalDataKind.Landline => Identity.MainlandPhone.Canonical(trimmed),
            _ => trimmed.ToUpperInvariant(),
        };
    }

    public void Dispose()
    {
        foreach (var cipher in _ciphers.Values.SelectMany(c => c.Values))
        {
            cipher.Dispose();
        }

        foreach (var hmac in _index.Values)
        {
            hmac.Dispose();
        }

        _ciphers.Dispose();
        _index.Dispose();
    }

    private AesGcm CipherFor(string keyId)
    {
        var ciphers = _ciphers.Value!;
        if (!ciphers.TryGetValue(keyId, out var cipher))
        {
            if (!_keys.Keys.TryGetValue(keyId, out var key))
            {
                throw new CryptographicException($"Personal data was sealed with key {keyId}, which is not configured.");
            }

            cipher = new AesGcm(key, TagSize);
            ciphers[keyId] = cipher;
        }

        return cipher;
    }

    private string Encrypt(string value)
    {
        var keyId = _keys.CurrentKeyId;
        var plain = Encoding.UTF8.GetBytes(value);
        var blob = new byte[NonceSize + TagSize + plain.Length];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        CipherFor(keyId).Encrypt(nonce, plain, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(keyId));
        return keyId + ":" + Convert.ToBase64String(blob);
    }
}
