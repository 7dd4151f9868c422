using System.Collections.Frozen;
using Beian.Reference;

namespace Beian.Domains;

/// <summary>
/// The registrable part of a domain (可注册域名: www.example.com.cn → example.com.cn) by the Public Suffix List, from a
/// dated copy shipped as data so the platform needs no system package.
/// </summary>
public static class PublicSuffixList
{
    private static readonly Lazy<Rules> Data = new(Load);

    /// <summary>The registrable domain of an ASCII (punycode) host, or null when the host is itself a public suffix.</summary>
    public static string? RegistrableDomain(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var labels = host.TrimEnd('.').ToLowerInvariant().Split('.');
        var suffixLength = SuffixLength(labels);
        return labels.Length > suffixLength ? string.Join('.', labels[^(suffixLength + 1)..]) : null;
    }

    /// <summary>The public suffix (the TLD for most names): example.com.cn → com.cn.</summary>
    public static string Suffix(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var labels = host.TrimEnd('.').ToLowerInvariant().Split('.');
        return string.Join('.', labels[^Math.Min(SuffixLength(labels), labels.Length)..]);
    }

    private static int SuffixLength(string[] labels)
    {
        var rules = Data.Value;
        var best = 1; // the default rule "*": an unknown TLD is a suffix of one label
        for (var i = 0; i < labels.Length; i++)
        {
            var candidate = string.Join('.', labels[i..]);
            var length = labels.Length - i;
            if (rules.Exceptions.Contains(candidate))
            {
                return length - 1;
            }

            if (rules.Normal.Contains(candidate) && length > best)
            {
                best = length;
            }

            if (length > 1 && rules.Wildcards.Contains(string.Join('.', labels[(i + 1)..])) && length > best)
            {
                best = length;
            }
        }

        return best;
    }

    private sealed record Rules(FrozenSet<string> Normal, FrozenSet<string> Wildcards, FrozenSet<string> Exceptions);

    private static Rules Load()
    {
        var normal = new HashSet<string>();
        var wildcards = new HashSet<string>();
        var exceptions = new HashSet<string>();
        foreach (var raw in ReferenceData.Lines("public_suffix_list.dat"))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            DomainName.TryNormalise(line.TrimStart('!', '*', '.'), out var ascii);
            ascii ??= line.TrimStart('!', '*', '.');
            if (line.StartsWith('!'))
            {
                exceptions.Add(ascii);
            }
            else if (line.StartsWith("*.", StringComparison.Ordinal))
            {
                wildcards.Add(ascii);
            }
            else
            {
                normal.Add(ascii);
            }
        }

        return new Rules(normal.ToFrozenSet(), wildcards.ToFrozenSet(), exceptions.ToFrozenSet());
    }
}
