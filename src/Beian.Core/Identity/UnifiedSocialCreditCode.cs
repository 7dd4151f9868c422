using System.Diagnostics.CodeAnalysis;

namespace Beian.Identity;

/// <summary>Why a unified social credit code was refused.</summary>
public enum CreditCodeProblem
{
    None,
    Format,
    CheckCharacter,
}

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100): 18 characters from a 31-character alphabet, the last a
/// check character. It replaced the separate organisation-code and tax numbers in 2015 (三证合一).
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    /// <summary>The code's alphabet: digits and upper-case letters without I, O, Z, S and V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// The organisation code (组织机构代码, GB 11714) the credit code carries in characters 9–17, written as its
    /// certificate showed it before 三证合一: eight characters, a dash and the check character (67395965-4).
    /// </summary>
    public string OrganisationCode => $"{Value[8..16]}-{Value[16]}";

    /// <summary>Parses a code; a wrong check character is reported apart, since some early real codes fail it.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code,
        out CreditCodeProblem problem)
    {
        code = null;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18 || value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            problem = CreditCodeProblem.Format;
            return false;
        }

        if (CheckCharacterOf(value.AsSpan(0, 17)) != value[17])
        {
            problem = CreditCodeProblem.CheckCharacter;
            return false;
        }

        code = new UnifiedSocialCreditCode(value);
        problem = CreditCodeProblem.None;
        return true;
    }

    /// <summary>The check character for the first 17 characters: weights 3^(i−1) mod 31.</summary>
    public static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}
