using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
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
public static partial class MainlandPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberOfflineGeocoder Geocoder = PhoneNumberOfflineGeocoder.GetInstance();
    private static readonly Locale Chinese = new("zh", "CN");

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

    /// <summary>
    /// The one form a phone number is stored and compared in: E.164 (+8613800138000, +8657188888888) however it was
    /// typed (+86 138…, 138 0013 8000, 0571-88888888); a text that is no mainland number keeps its digits as typed.
    /// </summary>
    public static string Canonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KindOf(text, out var e164) != PhoneKind.Invalid && e164 is not null ? e164 : string.Concat(text.Trim().Where(c => c is not (' ' or '-')));
    }

    /// <summary>The national form a person reads: a mobile as its 11 digits, a landline as 区号-号码 (0571-88888888).</summary>
    public static string National(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (KindOf(stored, out _) is var kind && kind == PhoneKind.Invalid)
        {
            return stored;
        }

        var number = Util.Parse(stored, "CN");
        if (kind == PhoneKind.Mobile)
        {
            return Util.GetNationalSignificantNumber(number);
        }

        var national = Util.Format(number, PhoneNumberFormat.NATIONAL).Split(' ', 2);
        return national.Length == 2 ? national[0] + "-" + national[1].Replace(" ", string.Empty, StringComparison.Ordinal) : national[0];
    }

    /// <summary>
    /// R-PHONE-02: a landline is written 区号-座机号, the area code 3–4 digits with its leading 0 and the number 7–8
    /// digits (010-88881234, 0571-88881234). The form is the bureau's, so it is checked as typed.
    /// </summary>
    public static bool IsLandlineAsAreaCodeAndNumber(string? text) => text is not null && LandlineForm().IsMatch(text);

    public static bool IsVirtualOperator(string mobile)
    {
        ArgumentNullException.ThrowIfNull(mobile);
        var national = mobile.StartsWith("+86", StringComparison.Ordinal) ? mobile[3..] : mobile;
        return VirtualOperatorPrefixes.Any(p => national.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// Where the number's range (号段) or area code was issued, in Chinese as libphonenumber's tables give it (e.g.
    /// 浙江省杭州市); empty when unknown, as for virtual operators' ranges.
    /// </summary>
    public static string RegionOf(string number)
    {
        try
        {
            var parsed = Util.Parse(number, "CN");
            return parsed.CountryCode == 86 ? Geocoder.GetDescriptionForNumber(parsed, Chinese) : string.Empty;
        }
        catch (NumberParseException)
        {
            return string.Empty;
        }
    }

    [GeneratedRegex(@"^0\d{2,3}-\d{7,8}$")]
    private static partial Regex LandlineForm();
}
