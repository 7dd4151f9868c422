using Beian.Reference;

namespace Beian.Tests.Reference;

public class CatalogTests
{
    private static IEnumerable<string> SpecIds(string prefix) =>
        File.ReadLines(Path.Combine(Repository.Root, "docs", "spec-ids.txt")).Where(l => l.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void EveryRejectionReasonOfTheSpec_IsInTheCatalogWithItsCauseAndRemedy()
    {
        var ids = SpecIds("REJ-").ToList();
        Assert.Equal(49, ids.Count);
        Assert.Equal(ids.Order(), RejectionCatalog.All.Select(r => r.Code).Order());
        Assert.All(RejectionCatalog.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Cause));
            Assert.False(string.IsNullOrWhiteSpace(r.Remedy));
            Assert.NotEmpty(r.Stages);
        });
    }

    [Fact]
    public void EveryInspectionFindingOfTheSpec_IsInTheCatalogWithItsCauseAndRemedy()
    {
        var ids = SpecIds("INSP-").ToList();
        Assert.Equal(14, ids.Count);
        Assert.Equal(ids.Order(), InspectionCatalog.All.Select(r => r.Code).Order());
        Assert.All(InspectionCatalog.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Remedy)));
    }
}
