using System.Globalization;
using Beian.Gate;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace Beian.Bench;

/// <summary>The in-process gate decision over 1,000,000 filed domains: hit, subdomain to parent, miss, IDN.</summary>
[MemoryDiagnoser]
public class GateDecisionBenchmarks
{
    private GateSnapshot _snapshot = GateSnapshot.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var entries = Enumerable.Range(0, 1_000_000)
            .Select(i => new KeyValuePair<string, GateReason>($"site{i.ToString(CultureInfo.InvariantCulture)}.cn", i % 10 == 0 ? GateReason.AccessCancelled : GateReason.Allowed))
            .Append(new KeyValuePair<string, GateReason>("xn--fsqu00a.xn--fiqs8s", GateReason.Allowed));
        _snapshot = GateSnapshot.Build(entries);
    }

    [Benchmark(Baseline = true)]
    public GateReason Hit() => _snapshot.Decide("site424242.cn");

    [Benchmark]
    public GateReason SubdomainToParent() => _snapshot.Decide("www.static.site424242.cn:443");

    [Benchmark]
    public GateReason Miss() => _snapshot.Decide("unfiled-example.com");

    [Benchmark]
    public GateReason Idn() => _snapshot.Decide("www.例子.中国");
}

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
