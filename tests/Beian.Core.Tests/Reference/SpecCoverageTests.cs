namespace Beian.Tests.Reference;

public class SpecCoverageTests
{
    [Fact]
    public void TheLedger_ListsEveryIdOfTheSpec()
    {
        var ids = File.ReadLines(Path.Combine(Repository.Root, "docs", "spec-ids.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(421, ids.Count);
        var ledger = File.ReadAllText(Path.Combine(Repository.Root, "docs", "spec-coverage.md"));
        Assert.All(ids, id => Assert.Contains($"| {id} |", ledger, StringComparison.Ordinal));
    }
}
