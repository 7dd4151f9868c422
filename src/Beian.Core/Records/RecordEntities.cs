using Beian.Filings;
using Beian.PersonalData;

namespace Beian.Records;

/// <summary>The status of a record in the provider's copy (RecordStatus).</summary>
public enum RecordStatus
{
    /// <summary>正常: filed and accessed here.</summary>
    Normal,

    /// <summary>This provider no longer serves it; the number lives on at MIIT.</summary>
    AccessCancelled,

    /// <summary>已注销.</summary>
    Cancelled,

    /// <summary>Access suspended for illegal content.</summary>
    Suspended,
}

/// <summary>The statuses as the console and the diagnosis name them.</summary>
public static class RecordStatuses
{
    public static string ChineseName(this RecordStatus status) => status switch
    {
        RecordStatus.Normal => "正常",
        RecordStatus.AccessCancelled => "已取消接入",
        RecordStatus.Cancelled => "已注销",
        RecordStatus.Suspended => "已暂停访问",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>A subject in the provider's copy of the record, as the bureau port delivered it.</summary>
public sealed class RecordSubject
{
    public Guid Id { get; set; }

    /// <summary>主体备案号.</summary>
    public string IcpNumber { get; set; } = string.Empty;

    public Guid AccountId { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public SubjectNature Nature { get; set; }

    public string CertificateType { get; set; } = string.Empty;

    public SealedText CertificateNumber { get; set; } = null!;

    public RecordStatus Status { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RecordWebsite> Websites { get; set; } = [];

    /// <summary>Moves the subject by the record's transition table; false, and nothing changed, where it has no row.</summary>
    public bool Apply(RecordAction action, DateTimeOffset at)
    {
        if (RecordLifecycle.Table.Find(Status, action) is not { } row)
        {
            return false;
        }

        Status = row.To;
        UpdatedAt = at;
        return true;
    }
}

/// <summary>A website, app, mini-program or quick app in the provider's copy of the record.</summary>
public sealed class RecordWebsite
{
    public Guid Id { get; set; }

    public Guid SubjectId { get; set; }

    /// <summary>网站备案号, or the app's, mini-program's or quick app's number with its letter.</summary>
    public string IcpNumber { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public ServiceType Type { get; set; } = ServiceType.Website;

    public RecordStatus Status { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>The IP reported to the bureau with the approved filing (R-WEB-04), where product verification gave one.</summary>
    public string? ReportedIp { get; set; }

    /// <summary>经营许可证编号 of a commercial website (R-PROV-CFG-17).</summary>
    public string? CommercialLicence { get; set; }

    public List<RecordDomain> Domains { get; set; } = [];

    /// <summary>The day the website went live here, as its owner corrected it; null: the day its filing synced here.</summary>
    public DateOnly? LaunchedOn { get; set; }

    /// <summary>公安备案号, once the owner records it.</summary>
    public string? PublicSecurityNumber { get; set; }

    /// <summary>Reminders of the public-security deadline sent so far (one a week before, one on the day).</summary>
    public int PublicSecurityReminders { get; set; }

    /// <summary>What the last footer check saw of <see cref="PublicSecurityNumber"/>, in Chinese; null before one ran.</summary>
    public string? PublicSecurityFooter { get; set; }

    /// <summary>
    /// Moves the website by the record's transition table and returns the event that announces it, naming the domains
    /// the website has at that moment; null, and nothing changed, where the table has no row.
    /// </summary>
    public RecordEvent? Apply(RecordAction action, DateTimeOffset at)
    {
        if (RecordLifecycle.Table.Find(Status, action) is not { } row)
        {
            return null;
        }

        Status = row.To;
        return new RecordEvent { Kind = row.EventKind, IcpNumber = IcpNumber, Domains = [.. Domains.Select(d => d.Domain)], At = at };
    }
}

/// <summary>
/// A filed domain of a service in the provider's copy; what the gate decides by. Within a subject one domain may
/// serve a website and apps (R-APP-30), so the key is the domain and the service.
/// </summary>
public sealed class RecordDomain
{
    /// <summary>The domain, lower-case ASCII.</summary>
    public string Domain { get; set; } = string.Empty;

    public Guid WebsiteId { get; set; }
}

/// <summary>
/// One change to the provider's copy, with a gap-free sequence number: the feed the gate, webhooks and audit follow
/// (DESIGN.md §2).
/// </summary>
public sealed class RecordEvent
{
    public long Sequence { get; set; }

    /// <summary>What changed: approved, changed, access-cancelled, cancelled, suspended.</summary>
    public string Kind { get; set; } = string.Empty;

    public string IcpNumber { get; set; } = string.Empty;

    /// <summary>The domains the change concerns.</summary>
    public List<string> Domains { get; set; } = [];

    public DateTimeOffset At { get; set; }
}
