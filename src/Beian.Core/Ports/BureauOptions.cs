namespace Beian.Ports;

/// <summary>Settings of the bureau side: the section <c>Bureau</c> of the configuration.</summary>
public sealed class BureauOptions
{
    /// <summary>This provider's id at the bureau (接入商代码).</summary>
    public string ProviderId { get; set; } = "beian-demo";

    /// <summary>How long after a bureau event the provider may see it (the sync lag of §2.5 and §11.4).</summary>
    public TimeSpan SyncLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The SMS verification window.</summary>
    public TimeSpan SmsWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wrong SMS entries allowed per application; the next attempt returns it.</summary>
    public int SmsWrongEntriesAllowed { get; set; } = 5;

    /// <summary>The least time between two codes texted for one application (重发短信).</summary>
    public TimeSpan SmsResendInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Resends allowed per application in one Beijing day.</summary>
    public int SmsResendsPerDay { get; set; } = 5;

    /// <summary>
    /// The simulator decides an application on its own when its review is due (R-PROV-CFG-20), by the bureau's checks;
    /// an operator may decide earlier. Off, only an operator decides.
    /// </summary>
    public bool AutoDecide { get; set; } = true;
}
