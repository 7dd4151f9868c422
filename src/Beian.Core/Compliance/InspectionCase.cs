namespace Beian.Compliance;

/// <summary>Where a case stands.</summary>
public enum CaseState
{
    /// <summary>Notified; the owner rectifies within the period while the site runs on (R-INSP-02).</summary>
    Open,

    /// <summary>A later inspection no longer finds it: rectified.</summary>
    Rectified,

    /// <summary>The period ran out: this provider cancelled access (R-INSP-03).</summary>
    Overdue,
}

/// <summary>
/// A special-inspection case (专项核查整改): one finding on one filed subject or website, with the deadline by which the
/// owner must put it right (DESIGN.md §3: the deadline is data, swept). While open, <see cref="ActiveKey"/> holds the
/// finding and its target, unique, so that inspections on several hosts never open the same case twice.
/// </summary>
public sealed class InspectionCase
{
    public Guid Id { get; set; }

    /// <summary>The INSP code of the finding.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The check that found it: registries, footer, content or dns; only that check closes it.</summary>
    public string Source { get; set; } = string.Empty;

    public string SubjectIcpNumber { get; set; } = string.Empty;

    /// <summary>The subject or website number the finding concerns.</summary>
    public string Target { get; set; } = string.Empty;

    public Guid AccountId { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>What was found, in Chinese, as the owner is told.</summary>
    public string Detail { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public CaseState State { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Resolution { get; set; }

    /// <summary>When the owner was told the deadline is near (the case.due event): once per case.</summary>
    public DateTimeOffset? DueNoticeAt { get; set; }

    /// <summary>Code and target while the case is open; null once it is closed.</summary>
    public string? ActiveKey { get; set; }

    public static string KeyOf(string code, string target) => code + "|" + target;

    /// <summary>Ends the case by its transition table; false, and nothing changed, when it has no row (a case ends once).</summary>
    public bool Apply(CaseAction action, DateTimeOffset at)
    {
        if (CaseLifecycle.Table.Find(State, action) is not { } row)
        {
            return false;
        }

        State = row.To;
        ClosedAt = at;
        Resolution = row.Resolution;
        ActiveKey = null;
        return true;
    }
}
