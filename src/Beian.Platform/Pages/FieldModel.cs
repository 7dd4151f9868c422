namespace Beian.Platform.Pages;

/// <summary>
/// One labelled form field with its hint and what the rule book said about it. <paramref name="Id"/> tells apart fields
/// of the same name in several forms of one page; <paramref name="Required"/> marks what submission will need (the mark,
/// not the browser's refusal: a draft may be saved half done).
/// </summary>
public sealed record FieldModel(
    string Name,
    string Label,
    string? Value,
    IReadOnlyList<FieldNote> Notes,
    string? Hint = null,
    string Type = "text",
    IReadOnlyList<(string Value, string Text)>? Options = null,
    string? Id = null,
    bool Required = false);
