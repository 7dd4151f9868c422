namespace Beian.PersonalData;

/// <summary>
/// A piece of personal data (个人信息) as it is stored: AES-GCM ciphertext tagged with its key id, a keyed hash for
/// equality look-ups (blind index), and the masked form shown at the boundary. The clear value exists only in memory.
/// </summary>
/// <param name="Cipher">"{keyId}:{base64(nonce ‖ tag ‖ ciphertext)}".</param>
/// <param name="Index">HMAC-SHA256 of the normalised value, base64; equal values have equal indexes.</param>
/// <param name="Masked">The masked value, e.g. <c>138****8000</c>.</param>
public sealed record SealedText(string Cipher, string Index, string Masked)
{
    /// <summary>The id of the key that sealed this value.</summary>
    public string KeyId => Cipher[..Cipher.IndexOf(':', StringComparison.Ordinal)];
}

/// <summary>What kind of personal data a value is; it decides normalisation and masking.</summary>
public enum PersonalDataKind
{
    /// <summary>A certificate number: identity card, credit code, passport.</summary>
    CertificateNumber,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>A landline (座机) as typed, area code and number: its dash is part of the format the bureau checks (R-PHONE-02).</summary>
    Landline,

    /// <summary>A secret the platform must use itself, such as a webhook's signing secret: sealed as it is, its mask only its public start.</summary>
    Secret,
}
