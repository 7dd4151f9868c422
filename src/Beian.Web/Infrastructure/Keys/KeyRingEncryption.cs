using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Beian.Web.Infrastructure.Keys;

/// <summary>The key-encryption keys of the sign-in key ring, by id (the current one encrypts).</summary>
public sealed class KeyRingKeys(KeyRingOptions options)
{
    public string CurrentKeyId { get; } = options?.CurrentKeyId ?? throw new ArgumentNullException(nameof(options));

    public byte[] Key(string id) =>
        options.Keys.TryGetValue(id, out var key) ? Convert.FromBase64String(key) : throw new CryptographicException($"The key ring was encrypted with key {id}, which is not configured.");
}

/// <summary>
/// Encrypts each key of the data-protection key ring (which protects sign-in cookies and tokens) before it is stored
/// in the database, with AES-GCM under a key-encryption key that lives outside the data.
/// </summary>
public sealed class KeyRingEncryptor(KeyRingKeys keys) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var id = keys.CurrentKeyId;
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var blob = new byte[12 + 16 + plain.Length];
        RandomNumberGenerator.Fill(blob.AsSpan(0, 12));
        using (var aes = new AesGcm(keys.Key(id), 16))
        {
            aes.Encrypt(blob.AsSpan(0, 12), plain, blob.AsSpan(28), blob.AsSpan(12, 16), Encoding.UTF8.GetBytes(id));
        }

        var element = new XElement(
            "encryptedKey",
            new XComment(" Encrypted with the platform's key-encryption key. "),
            new XElement("kek", id),
            new XElement("value", Convert.ToBase64String(blob)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }

    /// <summary>The id of the key-encryption key an encrypted element names.</summary>
    public static string? KeyIdOf(XElement encryptedKey) => encryptedKey?.Element("kek")?.Value;
}

/// <summary>The decryptor the key ring's XML names; data protection creates it with the host's services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<KeyRingKeys>();
        var id = encryptedElement.Element("kek")?.Value ?? throw new CryptographicException("An encrypted key names no key-encryption key.");
        var blob = Convert.FromBase64String(encryptedElement.Element("value")?.Value ?? string.Empty);
        if (blob.Length < 28)
        {
            throw new CryptographicException("An encrypted key is too short.");
        }

        var plain = new byte[blob.Length - 28];
        using (var aes = new AesGcm(keys.Key(id), 16))
        {
            aes.Decrypt(blob.AsSpan(0, 12), blob.AsSpan(28), blob.AsSpan(12, 16), plain, Encoding.UTF8.GetBytes(id));
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
