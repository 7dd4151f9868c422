namespace Beian.Rules;

/// <summary>How much a finding weighs (DESIGN.md §6).</summary>
public enum Severity
{
    /// <summary>The spec's "block": the operation is refused and nothing changes.</summary>
    Blocking,

    /// <summary>The spec's "reject" or "warn": the applicant is told and may go on; a reviewer sees it.</summary>
    Warning,
}

/// <summary>
/// What a rule found in a draft: the rule IDs (several where the spec names one check twice), its weight, the field it
/// concerns, a Chinese message and the remedy. A rule book returns findings; it never throws for bad input.
/// </summary>
/// <param name="RuleIds">The spec IDs, primary first, e.g. R-BASIC-01 and R-ORDER-02.</param>
/// <param name="Severity">Blocking or warning.</param>
/// <param name="Field">The field path it concerns, e.g. websites[0].domains[1].</param>
/// <param name="Message">What is wrong, with full-width punctuation.</param>
/// <param name="Remedy">What to do about it.</param>
/// <param name="RejectionCode">The rejection reason a reviewer or the bureau would use, if any.</param>
public sealed record Finding(
    IReadOnlyList<string> RuleIds,
    Severity Severity,
    string Field,
    string Message,
    string Remedy,
    string? RejectionCode = null)
{
    /// <summary>The ID a refused request's problem+json carries as its code.</summary>
    public string PrimaryId => RuleIds[0];
}
