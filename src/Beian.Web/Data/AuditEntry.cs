namespace Beian.Web.Data;

/// <summary>A line of the audit log: who saw or did something sensitive, to what, when and why.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>What was done, e.g. personal-data.reveal.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What it was done to, e.g. order/{id}/subject.principal.mobile.</summary>
    public string Target { get; set; } = string.Empty;

    public string? Reason { get; set; }
}
