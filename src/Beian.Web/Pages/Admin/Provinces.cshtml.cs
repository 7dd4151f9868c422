using System.Text.Json;
using System.Text.Json.Nodes;
using Beian.Filings;
using Beian.Platform.Pages;

namespace Beian.Web.Pages.Admin;

/// <summary>各省规则: the province rule table as the rule book reads it (read-only).</summary>
public sealed class ProvincesModel : ConsolePage
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<ProvinceRules> Rows { get; } = [.. ProvinceRuleTable.All.OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>Every setting of a row by its name in the data file.</summary>
    public static IEnumerable<(string Key, string Value)> Settings(ProvinceRules rules) =>
        JsonSerializer.SerializeToNode(rules, Web)!.AsObject()
            .Where(p => p.Key is not ("code" or "name" or "rules"))
            .Select(p => (p.Key, p.Value is JsonValue v ? v.ToString() : p.Value?.ToJsonString() ?? "—"));

    public void OnGet()
    {
    }
}
