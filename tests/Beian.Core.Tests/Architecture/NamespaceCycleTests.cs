namespace Beian.Tests.Architecture;

/// <summary>
/// Issue #17: the core's namespaces form layers (Reference below Time, Domains and Identity; those below Filings; the
/// rule book on top), so each can be read without the ones above it.
/// </summary>
public class NamespaceCycleTests
{
    [Fact]
    public void TheCoresNamespaces_DoNotReachEachOtherInACircle()
    {
        var cycles = NamespaceGraph.Cycles(NamespaceGraph.Of(Path.Combine(Repository.Root, "src", "Beian.Core")));
        Assert.True(cycles.Count == 0, "Namespaces that reach each other: " + string.Join("; ", cycles.Select(c => string.Join(" ↔ ", c))));
    }
}
