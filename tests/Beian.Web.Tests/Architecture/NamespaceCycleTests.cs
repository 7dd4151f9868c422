using Beian.Tests;

namespace Beian.Web.Tests.Architecture;

/// <summary>
/// Issue #17: the host's folders form layers — Data below the capabilities, a capability reaching another only through
/// what that one exposes, composition (Infrastructure) on top — and so do the simulator's and the shared kernel's.
/// </summary>
public class NamespaceCycleTests
{
    [Theory]
    [InlineData("Beian.Web")]
    [InlineData("Beian.Bureau")]
    [InlineData("Beian.Platform")]
    [InlineData("Beian.Gateway")]
    public void AProjectsNamespaces_DoNotReachEachOtherInACircle(string project)
    {
        var cycles = NamespaceGraph.Cycles(NamespaceGraph.Of(Path.Combine(Repository.Root, "src", project)));
        Assert.True(cycles.Count == 0, "Namespaces that reach each other: " + string.Join("; ", cycles.Select(c => string.Join(" ↔ ", c))));
    }
}
