namespace Beian.Gate;

/// <summary>
/// Why the gate lets a host through or blocks it (备案阻断). Only what the provider's own copy can know: domains and
/// the status of their website and access, so a change of subject, website name or principal changes nothing here
/// (R-BLOCK-05).
/// </summary>
public enum GateReason : byte
{
    /// <summary>Filed, accessed here and synced: serve it.</summary>
    Allowed,

    /// <summary>No filing is accessed here (R-BLOCK-01, R-BLOCK-02).</summary>
    NoFiling,

    /// <summary>A filing for it is in progress here; not yet approved and synced (R-BLOCK-03).</summary>
    FilingInProgress,

    /// <summary>This provider cancelled its access (R-BLOCK-04).</summary>
    AccessCancelled,

    /// <summary>The record was cancelled (R-BLOCK-04).</summary>
    RecordCancelled,

    /// <summary>Access suspended for illegal content (R-BLOCK-07).</summary>
    Suspended,
}

public static class GateReasons
{
    /// <summary>The reason as it travels in the X-Beian-Gate header.</summary>
    public static string Code(this GateReason reason) => reason switch
    {
        GateReason.Allowed => "allowed",
        GateReason.NoFiling => "no-filing",
        GateReason.FilingInProgress => "filing-in-progress",
        GateReason.AccessCancelled => "access-cancelled",
        GateReason.RecordCancelled => "record-cancelled",
        GateReason.Suspended => "suspended",
        _ => "blocked",
    };

    /// <summary>The reason of an X-Beian-Gate code, for a gateway reading the platform's feed.</summary>
    public static bool TryParse(string? code, out GateReason reason)
    {
        foreach (var candidate in Enum.GetValues<GateReason>())
        {
            if (candidate.Code() == code)
            {
                reason = candidate;
                return true;
            }
        }

        reason = GateReason.NoFiling;
        return false;
    }

    /// <summary>What the block page says about the reason, in Chinese.</summary>
    public static string Explain(this GateReason reason) => reason switch
    {
        GateReason.FilingInProgress => "该域名的备案正在办理中，备案通过并同步至本接入商后方可访问。",
        GateReason.AccessCancelled => "该域名已取消在本接入商的接入，需重新办理接入备案后方可访问。",
        GateReason.RecordCancelled => "该域名的备案已被注销，需重新办理备案后方可访问。",
        GateReason.Suspended => "该网站因违法违规内容已被暂停访问。",
        _ => "该域名未在本接入商办理ICP备案接入，按规定暂时无法访问。",
    };
}
