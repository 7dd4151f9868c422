namespace Beian.Web.Pages;

/// <summary>How the console writes a principal's contacts.</summary>
public static class PrincipalDisplay
{
    /// <summary>联系方式: Contact 1, the emergency phone, the landline where one was given, the e-mail.</summary>
    public static string Contacts(Features.Filings.PrincipalView p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return string.Join(" ／ ", new[] { p.Mobile, "应急 " + p.EmergencyPhone, p.Landline is null ? null : "座机 " + p.Landline, p.Email }.OfType<string>());
    }
}
