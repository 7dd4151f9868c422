using System.Text.RegularExpressions;
using Beian.Tests;

namespace Beian.Web.Tests.Documentation;

public partial class ProblemCodesTests
{
    /// <summary>
    /// Every code a refusal in the source carries is a spec ID (DESIGN.md §6), a transition's T-ID, or a code
    /// docs/problem-codes.md explains: a refusal for a spec reason carries its rule, and nothing else goes undocumented.
    /// </summary>
    [Fact]
    public void EveryRefusalsCode_IsASpecId_ATransition_OrADocumentedCode()
    {
        var ids = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "spec-ids.txt")).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        var documented = DocumentedCode().Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", "problem-codes.md")))
            .Select(m => m.Groups["code"].Value).ToList();
        var undocumented = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal)))
        {
            foreach (Match m in RefusalCode().Matches(File.ReadAllText(file)))
            {
                var code = m.Groups["code"].Value + (m.Value.Contains("NotFound(", StringComparison.Ordinal) ? ".not_found" : string.Empty);
                var known = ids.Contains(code) || Transition().IsMatch(code)
                    || documented.Any(d => d == code || (d.EndsWith('*') && code.StartsWith(d[..^1], StringComparison.Ordinal)) || (d.EndsWith(".{IdentityError}", StringComparison.Ordinal) && code.StartsWith(d[..^"{IdentityError}".Length], StringComparison.Ordinal)));
                if (!known)
                {
                    undocumented.Add($"{code} ({Path.GetFileName(file)})");
                }
            }
        }

        Assert.True(undocumented.Count == 0, "Refusal codes that are neither spec IDs nor in docs/problem-codes.md: " + string.Join(", ", undocumented.Distinct()));
    }

    [GeneratedRegex("(?:Problems\\.(?:Invalid|Conflict|TooManyRequests)\\(|Problems\\.Problem\\(StatusCodes\\.\\w+, |new DomainError\\(|Problems\\.NotFound\\()\\s*\\$?\"(?<code>[^\"{]+)\"")]
    private static partial Regex RefusalCode();

    [GeneratedRegex("`(?<code>[a-z_]+\\.[A-Za-z_.*{}]+|not_found)`")]
    private static partial Regex DocumentedCode();

    [GeneratedRegex("^T(0[1-9]|1[0-9]|2[01])$")]
    private static partial Regex Transition();
}
