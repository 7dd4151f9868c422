namespace Beian.PersonalData;

/// <summary>How personal data is masked wherever it leaves the process: responses, pages and log lines.</summary>
public static class Masking
{
    /// <summary>Keeps the first three and last three characters of a certificate number: <c>433************122</c>.</summary>
    public static string CertificateNumber(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 6 ? new string('*', value.Length) : value[..3] + new string('*', value.Length - 6) + value[^3..];
    }

    /// <summary>Keeps the first three and last four digits of a phone number: <c>138****8000</c>.</summary>
    public static string Phone(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var digits = value.StartsWith("+86", StringComparison.Ordinal) ? value[3..] : value;
        return digits.Length <= 7 ? new string('*', digits.Length) : digits[..3] + new string('*', digits.Length - 7) + digits[^4..];
    }

    /// <summary>Keeps the first character of a person's name, <c>张**</c>: enough for them to know it is theirs.</summary>
    public static string Name(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value[..1] + new string('*', Math.Max(1, value.Length - 1));

    /// <summary>Keeps the first character and the domain of an e-mail address: <c>z***@example.com</c>.</summary>
    public static string Email(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : value[..1] + "***" + value[at..];
    }

    public static string Mask(string value, PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Phone or PersonalDataKind.Landline => Phone(value),
        PersonalDataKind.Secret => value[..Math.Min(value.Length, 10)] + "…",
        _ => CertificateNumber(value),
    };
}
