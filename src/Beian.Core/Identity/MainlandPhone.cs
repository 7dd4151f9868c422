using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Beian.Identity;

/// <summary>What kind of number a phone number is.</summary>
public enum PhoneKind
{
    Invalid,
    Mobile,
    Landline,
}

/// <summary>Mainland phone numbers, judged by libphonenumber (region CN) and stored in E.164.</summary>
public static class MainlandPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Mobile virtual network operator ranges (虚拟运营商号段), which some provinces refuse (R-PROV-CFG-10).</summary>
    private static readonly string[] VirtualOperatorPrefixes = ["162", "165", "167", "170", "171"];

    public static PhoneKind KindOf(string? text, [NotNullWhen(true)] out string? e164)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return PhoneKind.Invalid;
        }

        try
        {
            var number = Util.Parse(text, "CN");
            if (number.CountryCode != 86 || !Util.IsValidNumber(number))
            {
                return PhoneKind.Invalid;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return Util.GetNumberType(number) switch
            {
                PhoneNumberType.MOBILE => PhoneKind.Mobile,
                PhoneNumberType.FIXED_LINE => PhoneKind.Landline,
                _ => PhoneKind.Invalid,
            };
        }
        catch (NumberParseException)
        {
            return PhoneKind.Invalid;
        }
    }

    public static bool IsMobile(string? text) => KindOf(text, out _) == PhoneKind.Mobile;

    public static bool IsVirtualOperator(string mobile)
    {
        ArgumentNullException.ThrowIfNull(mobile);
        var national = mobile.StartsWith("+86", StringComparison.Ordinal) ? mobile[3..] : mobile;
        return VirtualOperatorPrefixes.Any(p => national.StartsWith(p, StringComparison.Ordinal));
    }
}
