using Beian.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beian.Platform.Pages;

/// <summary>
/// What the console says about one field: the message and, for a rule finding, its remedy; where the field is (its
/// Chinese name and the page that edits it) when the page knows; the rule ID or code, which only staff are shown.
/// </summary>
public sealed record FieldNote(string Message, string? Remedy, bool Blocking, string? RuleId, string? Where = null, string? Link = null);

/// <summary>
/// The base of every console page. Pages call the same use cases as the JSON API, so the rules are enforced in one
/// place; a page only turns a use case's refusal (its problem) into Chinese text next to the fields it concerns.
/// </summary>
public abstract class ConsolePage : PageModel
{
    private readonly List<FieldNote> _unplaced = [];
    private IReadOnlyList<Finding> _findings = [];
    private IReadOnlyList<FieldError> _errors = [];

    /// <summary>The refusal of the last use case called, if any.</summary>
    public ProblemDetails? Refusal { get; private set; }

    /// <summary>Findings of the rule book shown on the page without a refusal (the review step, the workbench).</summary>
    public FindingsView? Checked { get; protected set; }

    /// <summary>This page's address without its query: where a form's main button posts, whichever handler showed it.</summary>
    public string Here => Request.Path;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    /// <summary>The value of a use case's result, or null when it refused (then <see cref="Refusal"/> says why).</summary>
    protected T? Take<T>(Result<T> result)
        where T : class
    {
        if (result.Succeeded)
        {
            return result.Value;
        }

        Refuse(result.Problem);
        return null;
    }

    /// <summary>Refuses the page's own input (what it checks before any use case runs), as a use case would.</summary>
    protected void Refuse(ProblemHttpResult refusal) => Refuse((refusal ?? throw new ArgumentNullException(nameof(refusal))).ProblemDetails);

    /// <summary>Goes to the next page with a confirmation shown there.</summary>
    protected RedirectResult Done(string message, string url)
    {
        TempData["Done"] = message;
        return Redirect(url);
    }

    /// <summary>Everything the last refusal or check says about a field and the fields inside it.</summary>
    public IReadOnlyList<FieldNote> About(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var checkedFindings = Checked?.ByField.Values.SelectMany(f => f) ?? [];
        return [.. _findings.Concat(checkedFindings).Where(f => Concerns(f.Field, field)).Select(Note)
            .Concat(_errors.Where(e => Concerns(e.Field, field)).Select(e => new FieldNote(e.Message, null, true, null)))];
    }

    /// <summary>All notes of the refusal, for the summary at the top of a form.</summary>
    public IReadOnlyList<FieldNote> AllNotes =>
        [.. _findings.Select(Placed), .. (Checked?.ByField.Values.SelectMany(f => f) ?? []).Select(Placed), .. _errors.Select(e => Placed(e.Field, new FieldNote(e.Message, null, true, null))), .. _unplaced];

    /// <summary>The name of the n-th service of the order on this page, for notes that concern it.</summary>
    protected virtual string? NameOfService(int index) => null;

    /// <summary>The page that edits a field, when this page belongs to an order's wizard.</summary>
    protected virtual string? LinkTo(string field) => null;

    private void Refuse(ProblemDetails problem)
    {
        Refusal = problem;
        _findings = problem.Extensions.TryGetValue("findings", out var f) && f is IReadOnlyList<Finding> findings ? findings : [];
        _errors = problem.Extensions.TryGetValue("errors", out var e) && e is IReadOnlyList<FieldError> errors ? errors : [];
        if (_findings.Count == 0 && _errors.Count == 0)
        {
            _unplaced.Add(new FieldNote(problem.Detail ?? "操作未完成。", null, true, problem.Extensions.TryGetValue("code", out var code) ? code as string : null));
        }
    }

    private static FieldNote Note(Finding f) => new(f.Message, f.Remedy, f.Severity == Severity.Blocking, f.PrimaryId);

    private FieldNote Placed(Finding f) => Placed(f.Field, Note(f));

    private FieldNote Placed(string field, FieldNote note) =>
        field is "" or "draft" ? note : note with { Where = Beian.Filings.FieldNames.Describe(field, NameOfService), Link = LinkTo(field) };

    private static bool Concerns(string actual, string field) =>
        actual == field || actual.StartsWith(field + ".", StringComparison.Ordinal) || actual.StartsWith(field + "[", StringComparison.Ordinal);
}
