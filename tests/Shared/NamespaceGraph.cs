using System.Text.RegularExpressions;

namespace Beian.Tests;

/// <summary>
/// Which namespaces of a project's source reach which: a file's namespace reaches every namespace of the project it
/// imports (<c>using</c>), names (in full or relative to an enclosing namespace), or whose types it uses without either
/// because that namespace encloses its own. Generated code (migrations, obj/) is left out.
/// </summary>
public static partial class NamespaceGraph
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(string projectFolder)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(f => File.ReadAllText(f))
            .Select(text => (Namespace: FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : null, Text: text))
            .Where(f => f.Namespace is not null)
            .ToList();
        var known = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        var graph = known.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var typesOf = files.GroupBy(f => f.Namespace!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => TypeDeclaration().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (ns, text) in files)
        {
            // A name may be written in full or relative to any namespace enclosing the file's own.
            var body = Declarations().Replace(text, string.Empty);
            var enclosing = Enclosing(ns!).Append(string.Empty).ToList();
            var named = Using().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(Qualified().Matches(body).SelectMany(m => enclosing.Select(e => Longest(e.Length == 0 ? m.Groups[1].Value : e + "." + m.Groups[1].Value, known, e))).OfType<string>());
            var fromEnclosing = enclosing.Where(e => e != ns && typesOf.ContainsKey(e)
                && Word().Matches(body).Any(w => typesOf[e].Contains(w.Value)));
            graph[ns!].UnionWith(named.Concat(fromEnclosing).Where(n => known.Contains(n) && n != ns));
        }

        return graph.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The groups of namespaces that reach each other (strongly connected, more than one).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var reach = graph.Keys.ToDictionary(n => n, n => Reachable(graph, n), StringComparer.Ordinal);
        return [.. graph.Keys
            .Select(n => graph.Keys.Where(m => m != n && reach[n].Contains(m) && reach[m].Contains(n)).Append(n).Order(StringComparer.Ordinal).ToList())
            .Where(c => c.Count > 1)
            .DistinctBy(c => string.Join(",", c))];
    }

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(graph[from]);
        while (stack.TryPop(out var n))
        {
            if (seen.Add(n))
            {
                foreach (var next in graph[n])
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> Enclosing(string ns)
    {
        for (var n = ns; n.Length > 0; n = n.Contains('.', StringComparison.Ordinal) ? n[..n.LastIndexOf('.')] : string.Empty)
        {
            yield return n;
        }
    }

    /// <summary>The longest known namespace that <paramref name="name"/> starts with, below <paramref name="scope"/>.</summary>
    private static string? Longest(string name, HashSet<string> known, string scope)
    {
        for (var n = name; n.Length > scope.Length; n = n.Contains('.', StringComparison.Ordinal) ? n[..n.LastIndexOf('.')] : string.Empty)
        {
            if (known.Contains(n))
            {
                return n;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^(?:namespace|using) [\w.]+;", RegexOptions.Multiline)]
    private static partial Regex Declarations();

    /// <summary>A type declared at the top of a file (nested types are not visible unqualified elsewhere).</summary>
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly) )*(?:class|record|struct|interface|enum) ([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*(?:\.[A-Z]\w*)*)\.[A-Z]\w*")]
    private static partial Regex Qualified();
}
