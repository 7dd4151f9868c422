using System.Globalization;
using Beian.Platform;

namespace Beian.Bureau.Registries;

/// <summary>
/// Entries for the simulated registries as CSV, one file per registry, the header naming the columns: what an operator
/// exports from a real registry's test data to load the sandbox. Parsed whole, or refused with the first wrong row.
/// </summary>
public static class RegistryCsv
{
    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["domains"] = ["domain", "holderName", "holderCertificateType", "holderCertificateNumber", "registrar", "expiresOn"],
        ["businesses"] = ["creditCode", "name", "legalRepresentative"],
        ["identities"] = ["number", "name"],
    };

    public static (RegistryFixtures.Request? Request, string? Error) Parse(string registry, string text)
    {
        var table = CsvTable.Read(text);
        if (!Required.TryGetValue(registry, out var required) || !table.Has(required))
        {
            return (null, $"第1行须为表头，至少包含：{string.Join(",", required ?? [])}。");
        }

        var domains = new List<RegistryFixtures.DomainFixture>();
        var businesses = new List<RegistryFixtures.BusinessFixture>();
        var identities = new List<RegistryFixtures.IdentityFixture>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            string Field(string column) => table[row, column];
            if (required.Any(c => Field(c).Length == 0)
                || !TryDate(Field("expiresOn"), out var expires) || !TryDate(Field("realNameVerifiedOn"), out var verified)
                || !TryDate(Field("licenceExpiresOn"), out var licence) || !TryBool(Field("inMiitDatabase"), out var inMiit))
            {
                return (null, $"第{i + 2}行：必填列为空，或日期（yyyy-MM-dd）、是否（true/false）格式不正确。");
            }

            switch (registry)
            {
                case "domains":
                    domains.Add(new(Field("domain"), Field("holderName"), Field("holderCertificateType"), Field("holderCertificateNumber"), Field("registrar"), expires!.Value, OrNull(Field("status")), verified, inMiit));
                    break;
                case "businesses":
                    businesses.Add(new(Field("creditCode"), Field("name"), Field("legalRepresentative"), OrNull(Field("status")), OrNull(Field("scope")), licence));
                    break;
                default:
                    identities.Add(new(Field("number"), Field("name"), expires));
                    break;
            }
        }

        return (new RegistryFixtures.Request(domains, businesses, identities, null), null);
    }

    private static string? OrNull(string value) => value.Length == 0 ? null : value;

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    private static bool TryBool(string text, out bool? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        var ok = bool.TryParse(text, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }
}
