using System.Net;
using Beian.Filings;

namespace Beian.Compliance;

/// <summary>
/// R-PROV-CFG-17, R-CHG-10: in a province that holds commercial (经营性) filings to the IP they reported, a commercial
/// website that moved to another server of this provider files a change for the IP; a non-commercial one only changes
/// its DNS. Other moves — more servers, another provider — are not this check's.
/// </summary>
public static class ReportedIp
{
    /// <summary>
    /// Whether the website must file a change for its IP: commercial, in such a province, resolving into this provider's
    /// servers but not to the IP it reported.
    /// </summary>
    public static bool MustChange(ProvinceRules rules, string? commercialLicence, string? reportedIp, IReadOnlyCollection<IPAddress> resolvedHere)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(resolvedHere);
        return rules.ReportedIpMustEqualRealIp && commercialLicence is not null && reportedIp is not null && IPAddress.TryParse(reportedIp, out var reported)
            && resolvedHere.Count > 0 && !resolvedHere.Contains(reported);
    }
}
