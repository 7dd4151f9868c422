using Beian.Identity;
using Beian.Reference;
using CsCheck;

namespace Beian.Tests.Identity;

/// <summary>The checksums over generated numbers, not a few vectors: every valid number parses, no single typo does.</summary>
public class ChecksumPropertyTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly int Earliest = new DateOnly(1900, 1, 1).DayNumber;

    private static readonly Gen<string> IdNumbers =
        from province in Gen.OneOf<string>([.. Provinces.All.Select(p => p.Code)])
        from area in Gen.Int[0, 9999]
        from birth in Gen.Int[Earliest, Today.DayNumber]
        from sequence in Gen.Int[0, 999]
        select WithIdCheck($"{province}{area:D4}{DateOnly.FromDayNumber(birth):yyyyMMdd}{sequence:D3}");

    private static readonly Gen<string> CreditCodes =
        Gen.Char[UnifiedSocialCreditCode.Alphabet].Array[17].Select(chars => new string(chars)).Select(first17 => first17 + UnifiedSocialCreditCode.CheckCharacterOf(first17));

    [Fact]
    public void EveryGeneratedIdNumber_Parses() =>
        IdNumbers.Sample(n => ResidentIdNumber.TryParse(n, Today, out var parsed, out _) && parsed.Value == n);

    [Fact]
    public void EverySingleCharacterChangeOfAGeneratedIdNumber_IsRefused() =>
        Gen.Select(IdNumbers, Gen.Int[0, 17], Gen.Char["0123456789X"])
            .Where(t => t.Item1[t.Item2] != t.Item3)
            .Sample(t => !ResidentIdNumber.TryParse(Changed(t.Item1, t.Item2, t.Item3), Today, out _, out _));

    [Fact]
    public void EveryGeneratedCreditCode_Parses() =>
        CreditCodes.Sample(c => UnifiedSocialCreditCode.TryParse(c, out var parsed, out _) && parsed.Value == c);

    [Fact]
    public void EverySingleCharacterChangeOfAGeneratedCreditCode_IsRefused() =>
        Gen.Select(CreditCodes, Gen.Int[0, 17], Gen.Char[UnifiedSocialCreditCode.Alphabet])
            .Where(t => t.Item1[t.Item2] != t.Item3)
            .Sample(t => !UnifiedSocialCreditCode.TryParse(Changed(t.Item1, t.Item2, t.Item3), out _, out _));

    private static string WithIdCheck(string first17) => first17 + ResidentIdNumber.CheckCharacterOf(first17);

    private static string Changed(string value, int at, char to) => value[..at] + to + value[(at + 1)..];
}
