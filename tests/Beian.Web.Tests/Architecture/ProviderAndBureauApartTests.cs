using System.Text.RegularExpressions;
using Beian.Tests;

namespace Beian.Web.Tests.Architecture;

/// <summary>
/// Decision 0001: the provider's platform and the bureau simulator meet only at the ports (Beian.Core/Ports). The
/// simulator cannot see the platform (Beian.Bureau does not reference Beian.Web); within Beian.Web only the composition
/// — Program.cs, Infrastructure/ and the sandbox's tooling — may name the simulator's types.
/// </summary>
public partial class ProviderAndBureauApartTests
{
    private static readonly string[] Composition =
    [
        "Program.cs",
        "Infrastructure/",
        "Features/Sandbox/",
        "Pages/Sandbox/",
    ];

    [Fact]
    public void NoProviderCode_NamesASimulatorType()
    {
        var web = Path.Combine(Repository.Root, "src", "Beian.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !Composition.Any(c => f == c || (c.EndsWith('/') && f.StartsWith(c, StringComparison.Ordinal))))
            .Where(f => SimulatorName().IsMatch(File.ReadAllText(Path.Combine(web, f))))
            .ToList();
        Assert.True(offenders.Count == 0, "Provider code names the simulator: " + string.Join(", ", offenders));
    }

    [Fact]
    public void TheSimulator_DoesNotReferenceThePlatform()
    {
        var project = File.ReadAllText(Path.Combine(Repository.Root, "src", "Beian.Bureau", "Beian.Bureau.csproj"));
        Assert.DoesNotContain("Beian.Web.csproj", project, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(Program).Assembly.GetName().Name, typeof(Beian.Bureau.Hosting.BureauSimulatorSetup).Assembly.GetReferencedAssemblies().Select(a => a.Name));
    }

    [GeneratedRegex(@"\bBeian\.Bureau\b")]
    private static partial Regex SimulatorName();
}
