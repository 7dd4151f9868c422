namespace Beian.Reference;

/// <summary>
/// The spec's own messages (rules.md, the Message column), verbatim: where a rule has one, it leads what the platform
/// says for that rule (the system's words, which applicants search for and support recognises). Placeholders in braces
/// stand for the spec's examples (XXX, example.com, ***).
/// </summary>
public static class SpecMessages
{
    private sealed record File(string Source, string Version, Dictionary<string, List<string>> Messages);

    private static readonly Lazy<File> Data = new(() => ReferenceData.Read<File>("spec-messages.json"));

    public static string Version => Data.Value.Version;

    /// <summary>Every rule with messages, and its messages.</summary>
    public static IReadOnlyDictionary<string, List<string>> All => Data.Value.Messages;

    /// <summary>Whether a text is, or starts with, one of the spec's messages for one of these rules (placeholders match anything).</summary>
    public static bool Leads(string text, IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ruleIds);
        return ruleIds.SelectMany(id => All.GetValueOrDefault(id) ?? []).Any(message => Matches(text, message));
    }

    private static bool Matches(string text, string message)
    {
        var fixedPart = message.Contains('{', StringComparison.Ordinal) ? message[..message.IndexOf('{', StringComparison.Ordinal)] : message;
        return text.StartsWith(fixedPart, StringComparison.Ordinal);
    }
}
