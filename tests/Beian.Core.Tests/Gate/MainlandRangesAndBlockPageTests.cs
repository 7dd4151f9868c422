using System.Net;
using Beian.Gate;

namespace Beian.Tests.Gate;

public class MainlandRangesAndBlockPageTests
{
    [Theory]
    [InlineData("47.96.10.21", true)]            // a mainland server of the provider
    [InlineData("::ffff:47.96.10.21", true)]     // the same address as a dual-stack socket reports it
    [InlineData("47.242.30.44", false)]          // an overseas server: outside the ICP gate (R-BLOCK-08)
    [InlineData("240e:3b7::10", true)]           // a mainland IPv6 range
    public void OnlyTheProvidersMainlandAddressesAreGated_R_BLOCK_08(string address, bool gated) =>
        Assert.Equal(gated, new MainlandRanges(["47.96.0.0/16", "240e:3b7::/32"]).Gates(IPAddress.Parse(address)));

    [Fact]
    public void WithNoRanges_OrAnAddressThatCannotBeRead_EverythingIsGated_ButNoAddressIsMainland()
    {
        Assert.False(new MainlandRanges([" "]).Contains(IPAddress.Parse("47.96.10.21"))); // R-INSP-06 cannot decide
        Assert.True(new MainlandRanges([]).Gates("47.242.30.44"));
        Assert.True(new MainlandRanges(["47.96.0.0/16", " "]).Gates("not-an-address"));
        Assert.True(new MainlandRanges(["47.96.0.0/16", " "]).Gates((string?)null));
    }

    [Fact]
    public void AMistypedRange_StopsTheGateFromStarting() =>
        Assert.Throws<FormatException>(() => new MainlandRanges(["47.96.0.0/40"]));

    [Fact]
    public void TheBlockPage_NamesTheHostWithoutItsPort_Escaped_AndSaysWhy()
    {
        var page = BlockPage.Render("<script>x</script>.cn:8443", GateReason.AccessCancelled);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("8443", page, StringComparison.Ordinal);
        Assert.Contains("没有有效的ICP备案接入", page, StringComparison.Ordinal);
        Assert.Contains(GateReason.AccessCancelled.Explain(), page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GateReason.Allowed)]
    [InlineData(GateReason.NoFiling)]
    [InlineData(GateReason.FilingInProgress)]
    [InlineData(GateReason.AccessCancelled)]
    [InlineData(GateReason.RecordCancelled)]
    [InlineData(GateReason.Suspended)]
    public void EveryReason_TravelsAsItsCodeAndBack_AlsoInASnapshotLine(GateReason reason)
    {
        Assert.True(GateReasons.TryParse(reason.Code(), out var parsed));
        Assert.Equal(reason, parsed);
        Assert.True(GateWire.TryParseLine(GateWire.Line("例子.中国", reason), out var domain, out var fromLine));
        Assert.Equal(("例子.中国", reason), (domain, fromLine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("example.cn")]
    [InlineData("\tallowed")]
    [InlineData("example.cn\tmaybe")]
    public void ALineThatIsNotDomainTabReason_IsSkipped(string line) =>
        Assert.False(GateWire.TryParseLine(line, out _, out _));
}
