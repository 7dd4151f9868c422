using Beian.Gate;
using Beian.Gateway;

namespace Beian.Web.Tests.Gate;

/// <summary>What the gateway writes for nginx: only domains that cannot end a directive or a line, in nginx's case.</summary>
public class NginxFilesTests
{
    [Theory]
    [InlineData("example.cn", "example.cn")]
    [InlineData("WWW.Example.CN", "www.example.cn")]
    [InlineData("例子.中国", "例子.中国")]
    [InlineData("xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s")]
    [InlineData("a;b.cn", null)]
    [InlineData("a b.cn", null)]
    [InlineData("a\tb.cn", null)]
    [InlineData("a\nb.cn", null)]
    [InlineData("$host.cn", null)]
    [InlineData("{x}.cn", null)]
    [InlineData("'x'.cn", null)]
    [InlineData("\"x\".cn", null)]
    [InlineData("x\\y.cn", null)]
    [InlineData(".example.cn", null)]
    [InlineData("#version", null)]
    [InlineData("", null)]
    public void OnlyDomainsNginxReadsAsOneWord_AreWritten(string domain, string? key) =>
        Assert.Equal(key, NginxFiles.Key(domain));

    [Theory]
    [InlineData("example.cn", GateReason.Allowed, ".example.cn 02allowed;")]
    [InlineData("shop.nested.cn", GateReason.Suspended, ".shop.nested.cn 03suspended;")]
    public void AMapLine_CoversTheSubdomainsAndCountsTheLabels(string domain, GateReason reason, string line) =>
        Assert.Equal(line, NginxFiles.MapLine(domain, reason));

    [Fact]
    public async Task TheMapReadBack_IsTheSnapshotWritten()
    {
        var folder = Directory.CreateTempSubdirectory("beian-map-");
        try
        {
            var snapshot = GateSnapshot.Build(Beian.Tests.GateCases.Filed.Append(new("bad;domain.cn", GateReason.Allowed)));
            Assert.Equal(1, await NginxFiles.WriteMapAsync(folder.FullName, snapshot, CancellationToken.None));
            await NginxFiles.WriteGenerationAsync(folder.FullName, 7);

            var read = await NginxFiles.ReadMapAsync(folder.FullName, CancellationToken.None);
            Assert.NotNull(read);
            Assert.Equal(snapshot.Entries().Where(e => NginxFiles.Key(e.Key) is not null).OrderBy(e => e.Key, StringComparer.Ordinal),
                read.Entries().OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Equal(7, NginxFiles.ReadGeneration(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
