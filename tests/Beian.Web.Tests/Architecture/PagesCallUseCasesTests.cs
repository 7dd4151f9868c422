using System.Text.RegularExpressions;
using Beian.Tests;

namespace Beian.Web.Tests.Architecture;

/// <summary>
/// Issue #17: a console page calls the same use cases as the API, as injectable services — it never opens a database
/// itself nor hands a use case the services that use case depends on.
/// </summary>
public partial class PagesCallUseCasesTests
{
    [Theory]
    [InlineData("Beian.Web")]
    [InlineData("Beian.Bureau")]
    [InlineData("Beian.Platform")]
    public void NoPage_UsesADatabaseOrPassesAUseCaseItsDependencies(string project)
    {
        var pages = Path.Combine(Repository.Root, "src", project, "Pages");
        var offenders = Directory.EnumerateFiles(pages, "*.cs", SearchOption.AllDirectories)
            .Where(f => Database().IsMatch(File.ReadAllText(f)) || ServiceAsArgument().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(pages, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Pages that reach past the use cases: " + string.Join(", ", offenders));
    }

    [GeneratedRegex(@"\b(ProviderDb|BureauDb)\b")]
    private static partial Regex Database();

    [GeneratedRegex(@"[(,]\s*Service<[\w.<>]+>\(\)\s*[,)]")]
    private static partial Regex ServiceAsArgument();
}
