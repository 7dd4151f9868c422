using System.Net;
using Beian.Compliance;
using Beian.Filings;

namespace Beian.Tests.Compliance;

public class ReportedIpTests
{
    private static readonly ProvinceRules Holding = ProvinceRuleTable.For("11") with { ReportedIpMustEqualRealIp = true };

    /// <summary>One row per case: whether a move of the site to another server of ours calls for a change filing of the IP.</summary>
    [Theory]
    [InlineData(true, "京B2-20260001", "203.0.113.10", "203.0.113.20", true)]
    [InlineData(true, "京B2-20260001", "203.0.113.10", "203.0.113.10 203.0.113.20", false)]
    [InlineData(true, null, "203.0.113.10", "203.0.113.20", false)]
    [InlineData(false, "京B2-20260001", "203.0.113.10", "203.0.113.20", false)]
    [InlineData(true, "京B2-20260001", "203.0.113.10", "", false)]
    [InlineData(true, "京B2-20260001", null, "203.0.113.20", false)]
    public void R_PROV_CFG_17_R_CHG_10_ACommercialSiteMovedToAnotherOfOurServers_FilesAChangeForItsIp_WhereTheProvinceHoldsItToTheReportedIp(
        bool provinceHoldsIt, string? licence, string? reported, string resolvedHere, bool mustChange)
    {
        var rules = provinceHoldsIt ? Holding : Holding with { ReportedIpMustEqualRealIp = false };
        var here = resolvedHere.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(IPAddress.Parse).ToList();
        Assert.Equal(mustChange, ReportedIp.MustChange(rules, licence, reported, here));
    }

}
