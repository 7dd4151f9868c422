namespace Beian.Rules;

/// <summary>Findings of a draft, counted and grouped by the field they concern, for the wizard and the reviewer.</summary>
public sealed record FindingsView(int Blocking, int Warnings, IReadOnlyDictionary<string, IReadOnlyList<Finding>> ByField, IReadOnlyList<string> SuggestedRejections)
{
    public static FindingsView Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new FindingsView(
            findings.Count(f => f.Severity == Severity.Blocking),
            findings.Count(f => f.Severity == Severity.Warning),
            findings.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)[.. g]),
            [.. findings.Where(f => f.RejectionCode is not null).Select(f => f.RejectionCode!).Distinct()]);
    }
}
