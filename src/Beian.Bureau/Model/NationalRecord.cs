using Beian.Filings;
using Beian.PersonalData;

namespace Beian.Bureau.Model;

/// <summary>The status of an entry of the national record (工信部备案库).</summary>
public enum NationalStatus
{
    Normal,
    Cancelled,
}

/// <summary>A subject in the national record, kept by the bureau simulator.</summary>
public sealed class NationalSubject
{
    public Guid Id { get; set; }

    /// <summary>主体备案号.</summary>
    public string IcpNumber { get; set; } = string.Empty;

    public string ProvinceCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>证件住所.</summary>
    public string CertificateAddress { get; set; } = string.Empty;

    /// <summary>通信地址.</summary>
    public string MailingAddress { get; set; } = string.Empty;

    /// <summary>Since when the subject has no live website (空壳主体); the bureau cleans it up after the province's delay.</summary>
    public DateTimeOffset? EmptySince { get; set; }

    public SubjectNature Nature { get; set; }

    public string CertificateType { get; set; } = string.Empty;

    public SealedText CertificateNumber { get; set; } = null!;

    /// <summary>The subject principal as filed.</summary>
    public Principal? Principal { get; set; }

    /// <summary>Blind indexes of the subject principal's certificate number and mobile, for the conflict rules (R-PRIN-11).</summary>
    public string? PrincipalCertificateIndex { get; set; }

    public string? PrincipalMobileIndex { get; set; }

    /// <summary>The sequence the next website of this subject gets (网站序列号); never reused.</summary>
    public int NextWebsiteSequence { get; set; } = 1;

    public NationalStatus Status { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public List<NationalWebsite> Websites { get; set; } = [];

    /// <summary>Moves the subject by the national record's table; false, and nothing changed, where it has no row.</summary>
    public bool Apply(NationalRecordAction action)
    {
        if (NationalRecordLifecycle.Table.Next(Status, action) is not { } next)
        {
            return false;
        }

        Status = next;
        return true;
    }
}

/// <summary>A website, app, mini-program or quick app in the national record (one numbering for all, R-APP-04).</summary>
public sealed class NationalWebsite
{
    public Guid Id
    {
        get;
        set
        {
            field = value;
            DataId = NationalIds.Of(value.ToString());
        }
    }

    /// <summary>The number the national system shows for the service (<c>dataId</c>, R-APP-37), by which its detail is asked.</summary>
    public long DataId { get; private set; }

    public Guid SubjectId { get; set; }

    public NationalSubject Subject { get; set; } = null!;

    /// <summary>网站备案号, or the app's, mini-program's or quick app's number with its letter.</summary>
    public string IcpNumber { get; set; } = string.Empty;

    public string Name
    {
        get;
        set
        {
            field = value;
            NameKey = Beian.Rules.OneFilingPerAppNamePerSubject.NameKey(value);
        }
    } = string.Empty;

    /// <summary>The name trimmed and case-folded, as the app-name rules compare it (R-APP-15, R-APP-26).</summary>
    public string NameKey { get; private set; } = string.Empty;

    public ServiceType Type { get; set; } = ServiceType.Website;

    /// <summary>An app's, mini-program's or quick app's data as filed; null for a website.</summary>
    public AppDetails? App { get; set; }

    /// <summary>The app's feature keys (<see cref="AppPlatform.FeatureKeys"/>), for the uniqueness rule (R-APP-25).</summary>
    public List<NationalAppFeature> Features { get; set; } = [];

    /// <summary>网站首页; empty for an app, mini-program or quick app.</summary>
    public string Homepage { get; set; } = string.Empty;

    public Principal? Principal { get; set; }

    /// <summary>Blind indexes of the website principal's certificate number and mobile (R-PRIN-07, R-PRIN-11).</summary>
    public string? PrincipalCertificateIndex { get; set; }

    public string? PrincipalMobileIndex { get; set; }

    public NationalStatus Status { get; set; }

    /// <summary>是否限制接入.</summary>
    public bool AccessRestricted { get; set; }

    /// <summary>审核时间.</summary>
    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>The access providers (接入商) that serve the website; the public query does not show them.</summary>
    public List<string> Providers { get; set; } = [];

    /// <summary>Providers that served the website and cancelled their access; they hear of its later cancellation.</summary>
    public List<string> FormerProviders { get; set; } = [];

    /// <summary>Since when no provider serves the website; the bureau cancels it after the province's delay (AMB-09).</summary>
    public DateTimeOffset? NoProviderSince { get; set; }

    public List<NationalDomain> Domains { get; set; } = [];

    /// <summary>Moves the website by the national record's table; false, and nothing changed, where it has no row.</summary>
    public bool Apply(NationalRecordAction action)
    {
        if (NationalRecordLifecycle.Table.Next(Status, action) is not { } next)
        {
            return false;
        }

        Status = next;
        return true;
    }
}

/// <summary>
/// A domain of a service in the national record. A domain belongs to one website, and within its subject it may also
/// serve apps (R-APP-30): the key is the domain and the service.
/// </summary>
public sealed class NationalDomain
{
    public string Domain { get; set; } = string.Empty;

    public Guid WebsiteId { get; set; }
}

/// <summary>One feature key of an app in the national record: a package name or a certificate fingerprint (R-APP-25).</summary>
public sealed class NationalAppFeature
{
    public string Key { get; set; } = string.Empty;

    public Guid WebsiteId { get; set; }

    public static List<NationalAppFeature> Of(AppDetails? app) =>
        [.. (app?.Platforms ?? []).SelectMany(p => p.FeatureKeys).Distinct(StringComparer.Ordinal).Select(k => new NationalAppFeature { Key = k })];
}

/// <summary>The numbers the national system shows for ids it keeps as GUIDs here (mainId, serviceId, dataId).</summary>
public static class NationalIds
{
    /// <summary>A stable positive number for a text (FNV-1a, 53 bits so that JavaScript clients read it exactly).</summary>
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 11);
    }
}

/// <summary>A per-province, per-year counter of subject serials; never hands out a number twice.</summary>
public sealed class NumberSequence
{
    public string ProvinceCode { get; set; } = string.Empty;

    public int Year { get; set; }

    /// <summary>The last counter handed out.</summary>
    public long Last { get; set; }
}

/// <summary>A change to the national record with its sequence number (DESIGN.md §2).</summary>
public sealed class NationalRecordEvent
{
    public long Sequence { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string IcpNumber { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
