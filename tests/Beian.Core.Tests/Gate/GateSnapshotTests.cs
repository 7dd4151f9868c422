using Beian.Gate;

namespace Beian.Tests.Gate;

public class GateSnapshotTests
{
    private static readonly GateSnapshot Snapshot = GateSnapshot.Build(GateCases.Filed);

    [Theory]
    [MemberData(nameof(GateCases.Hosts), MemberType = typeof(GateCases))]
    public void Decide_WalksFromTheHostUpToItsFiledDomain(string host, GateReason expected) =>
        Assert.Equal(expected, Snapshot.Decide(host));

    [Fact]
    public void AChange_IsLaidOverTheBaseAndCompactionKeepsIt()
    {
        var changed = Snapshot.With(new Dictionary<string, GateReason?> { ["example.cn"] = GateReason.AccessCancelled, ["new.cn"] = GateReason.Allowed, ["dead.cn"] = null });
        Assert.Equal(GateReason.AccessCancelled, changed.Decide("www.example.cn"));
        Assert.Equal(GateReason.Allowed, changed.Decide("new.cn"));
        Assert.Equal(GateReason.NoFiling, changed.Decide("dead.cn"));
        Assert.Equal(GateReason.Allowed, Snapshot.Decide("example.cn"));

        var compacted = changed.Compact();
        Assert.Equal(0, compacted.OverlayCount);
        Assert.Equal(GateReason.AccessCancelled, compacted.Decide("example.cn"));
        Assert.Equal(GateReason.NoFiling, compacted.Decide("dead.cn"));
    }

    [Fact]
    public void ASnapshotListsItsEntriesWithTheOverlayApplied_SoAGatewayCanMirrorIt()
    {
        var changed = Snapshot.With(new Dictionary<string, GateReason?> { ["example.cn"] = GateReason.Suspended, ["dead.cn"] = null });
        var entries = changed.Entries().ToDictionary();
        Assert.Equal(GateReason.Suspended, entries["example.cn"]);
        Assert.False(entries.ContainsKey("dead.cn"));
        Assert.Equal(GateReason.FilingInProgress, entries["pending.cn"]);
        Assert.Equal(GateReason.Suspended, changed.Exact("example.cn"));
        Assert.Null(changed.Exact("www.example.cn"));

        var mirrored = GateSnapshot.Build(entries);
        foreach (var host in new[] { "www.example.cn", "dead.cn", "例子.中国", "bad.cn" })
        {
            Assert.Equal(changed.Decide(host), mirrored.Decide(host));
        }
    }

    [Fact]
    public void ALargeOverlay_IsFoldedIntoTheBase()
    {
        var many = Enumerable.Range(0, 20_001).ToDictionary(i => $"site{i}.cn", _ => (GateReason?)GateReason.Allowed);
        var changed = Snapshot.With(many);
        Assert.Equal(0, changed.OverlayCount);
        Assert.Equal(GateReason.Allowed, changed.Decide("www.site20000.cn"));
        Assert.Equal(GateReason.Suspended, changed.Decide("bad.cn"));
    }

    [Fact]
    public void TheLookup_AllocatesNothing()
    {
        Snapshot.Decide("www.example.cn:443");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Snapshot.Decide("www.example.cn:443");
            Snapshot.Decide("unknown.example.com");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
