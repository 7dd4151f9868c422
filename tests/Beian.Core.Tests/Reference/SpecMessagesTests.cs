using Beian.Reference;

namespace Beian.Tests.Reference;

public class SpecMessagesTests
{
    /// <summary>Messages the spec quotes that are not the platform's to say, with why.</summary>
    private static readonly Dictionary<string, string> NotOurs = new(StringComparer.Ordinal)
    {
        ["非法参数"] = "R-DOC-14: an outdated mobile app's error, quoted in the guidance as a symptom",
        ["产品类型为空"] = "R-DOC-14: as above",
        ["无法显示该图片"] = "R-DOC-14: as above",
        ["资料不全"] = "R-DOC-03: the reviewer's shorthand for the message the platform gives (检测到您上传的资料不完整…)",
    };

    public static TheoryData<string, string> Messages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, messages) in SpecMessages.All)
        {
            foreach (var message in messages.Where(m => !NotOurs.ContainsKey(m)))
            {
                data.Add(id, message);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void EveryMessageOfTheSpec_IsSaidVerbatimSomewhereInTheProduct(string ruleId, string message)
    {
        // A template's fixed parts must each appear: the words around the spec's example values.
        var parts = System.Text.RegularExpressions.Regex.Split(message, "\\{[a-zA-Z]+\\}").Where(p => p.Length > 1).ToList();
        var source = Source.Value;
        Assert.All(parts, part => Assert.True(source.Contains(part, StringComparison.Ordinal), $"{ruleId}: 「{part}」 is said nowhere"));
    }

    private static readonly Lazy<string> Source = new(() => string.Join("\n",
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.EndsWith("spec-messages.json", StringComparison.Ordinal))
            .Select(File.ReadAllText))
        .Replace("\\\"", "\"", StringComparison.Ordinal)); // a quote inside a C# string is written \"
}
