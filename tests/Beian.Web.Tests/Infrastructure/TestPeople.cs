using System.Globalization;
using Beian.Identity;

namespace Beian.Web.Tests.Infrastructure;

/// <summary>Valid, made-up personal data for tests: each number passes its checksum.</summary>
public static class TestPeople
{
    /// <summary>The password of every account a test registers (the demo's own is on the common-password list).</summary>
    public const string Password = "Kite#Ledger-7341";

    /// <summary>A valid resident ID number, different for each <paramref name="n"/> (0–999).</summary>
    public static string IdNumber(int n)
    {
        var first17 = "11010519900101" + n.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterOf(first17);
    }

    /// <summary>A mainland mobile number, different for each <paramref name="n"/>.</summary>
    public static string Mobile(int n) => "1380013" + n.ToString("D4", CultureInfo.InvariantCulture);
}
