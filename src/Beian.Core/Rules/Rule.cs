namespace Beian.Rules;

/// <summary>
/// One rule of the spec, as a class named as a sentence. It carries its spec IDs, reads its parameters from the
/// versioned data, and yields findings; it never throws for bad input.
/// </summary>
public abstract class Rule
{
    /// <summary>The spec IDs this check implements, primary first.</summary>
    public abstract IReadOnlyList<string> Ids { get; }

    public abstract IEnumerable<Finding> Check(RuleContext context);

    protected Finding Block(string field, string message, string remedy, string? rejection = null) =>
        new(Ids, Severity.Blocking, field, message, remedy, rejection);

    /// <summary>The spec's "reject" and "warn": the applicant may go on; the reviewer sees the reason pre-selected.</summary>
    protected Finding Warn(string field, string message, string remedy, string? rejection = null) =>
        new(Ids, Severity.Warning, field, message, remedy, rejection);
}
