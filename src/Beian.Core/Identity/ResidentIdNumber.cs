using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Beian.Reference;

namespace Beian.Identity;

/// <summary>Why a resident identity number was refused.</summary>
public enum ResidentIdProblem
{
    None,
    Format,
    Region,
    BirthDate,
    CheckCharacter,
}

/// <summary>
/// A resident identity number (居民身份证号码, GB 11643): 6-digit region, 8-digit birth date, 3-digit sequence and an
/// ISO 7064 MOD 11-2 check character. Residence permits for Hong Kong, Macao and Taiwan residents (81/82/83) use the
/// same form.
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private static readonly string[] PermitRegions = ["81", "82", "83"];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters, with an upper-case X.</summary>
    public string Value { get; }

    /// <summary>The birth date (出生日期) encoded in the number.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The last six characters, which the MIIT SMS verification asks for.</summary>
    public string LastSix => Value[^6..];

    /// <summary>Parses an 18-character number; <paramref name="today"/> (Beijing date) bounds the birth date.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        DateOnly today,
        [NotNullWhen(true)] out ResidentIdNumber? number,
        out ResidentIdProblem problem)
    {
        number = null;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18 || !value[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            problem = ResidentIdProblem.Format;
            return false;
        }

        var region = value[..2];
        if (Provinces.FindByCode(region) is null && !PermitRegions.Contains(region))
        {
            problem = ResidentIdProblem.Region;
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < 1900)
        {
            problem = ResidentIdProblem.BirthDate;
            return false;
        }

        if (CheckCharacterOf(value.AsSpan(0, 17)) != value[17])
        {
            problem = ResidentIdProblem.CheckCharacter;
            return false;
        }

        number = new ResidentIdNumber(value, birth);
        problem = ResidentIdProblem.None;
        return true;
    }

    /// <summary>
    /// The 18-digit form of a first-generation (1984–2004) 15-digit number — the century 19 put into the birth date and
    /// the check character added — so that a record imported with the old number is found by the new one. Any other
    /// text is returned as it is.
    /// </summary>
    public static string WithEighteenDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length != 15 || !value.All(char.IsAsciiDigit))
        {
            return text;
        }

        var first17 = value[..6] + "19" + value[6..];
        return first17 + CheckCharacterOf(first17);
    }

    /// <summary>The MOD 11-2 check character for the first 17 digits.</summary>
    public static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen digits are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;
}
