namespace Beian.Rules;

/// <summary>A field the applicant must fix before the draft can be saved, with the rule that refuses it, if one does.</summary>
public sealed record FieldError(string Field, string Message, string? Rule = null);
