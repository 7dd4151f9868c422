using Beian.Gate;
using CsCheck;

namespace Beian.Tests.Gate;

/// <summary>
/// An edge that keeps an old base (nginx's map) and looks a host up in the overlay first decides as the current
/// snapshot does: for any base, any changes since, and while two bases are in use.
/// </summary>
public class GateOverlayTests
{
    /// <summary>Domains that nest: a.x.cn under x.cn, b.a.x.cn under a.x.cn.</summary>
    private static readonly string[] Universe =
        [.. from top in new[] { "x.cn", "y.cn", "z.com" } from sub in new[] { "", "a.", "b.", "b.a." } select sub + top];

    private static readonly string[] Hosts = [.. Universe, .. Universe.Select(d => "www." + d), "cn", "other.cn"];

    private static readonly Gen<GateReason?> Decision = Gen.Int[0, 6].Select(i => i == 6 ? (GateReason?)null : (GateReason)i);

    private static readonly Gen<Dictionary<string, GateReason?>> Changes =
        Gen.Select(Gen.OneOf<string>(Universe), Decision).Array[0, 6].Select(pairs => pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2));

    private static readonly Gen<GateSnapshot> Snapshots =
        Gen.Select(Gen.OneOf<string>(Universe), Gen.Int[0, 5]).Array[0, 12]
            .Select(pairs => GateSnapshot.Build(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, (GateReason)p.Item2))));

    /// <summary>
    /// What nginx does: the base map gives the most specific filed domain's decision and its number of labels; the walk
    /// from the host takes the first level in the overlay no higher than that domain, otherwise the base's answer.
    /// </summary>
    private static GateReason Edge(string host, Dictionary<string, GateReason> overlay, GateSnapshot @base)
    {
        var levels = new List<string>();
        for (var level = host; ; level = level[(level.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            levels.Add(level);
            if (!level.Contains('.', StringComparison.Ordinal))
            {
                break;
            }
        }

        var matched = levels.FindIndex(l => @base.Exact(l) is not null);
        var hit = levels.FindIndex(overlay.ContainsKey);
        return hit >= 0 && (matched < 0 || hit <= matched) ? overlay[levels[hit]] : @base.Decide(host);
    }

    [Fact]
    public void TheOverlayOverAnOldBase_DecidesAsTheCurrentSnapshot() =>
        Gen.Select(Snapshots, Changes.Array[1, 4]).Sample(iter: 2000, predicate: t =>
        {
            var (snapshot, batches) = t;
            var @base = new GateBase(snapshot);
            var current = snapshot;
            foreach (var batch in batches)
            {
                current = current.With(batch);
                @base.Touch(batch.Keys);
            }

            var overlay = GateOverlay.Compute(current, [@base]);
            return Hosts.All(h => Edge(h, overlay, snapshot) == current.Decide(h));
        });

    [Fact]
    public void WhileTwoBasesServe_TheOverlayIsRightForEach() =>
        Gen.Select(Snapshots, Changes, Changes).Sample(iter: 2000, predicate: t =>
        {
            var (snapshot, before, after) = t;
            var old = new GateBase(snapshot);
            var middle = snapshot.With(before);
            old.Touch(before.Keys);
            var rebuilt = new GateBase(middle.Compact());
            var current = middle.With(after);
            old.Touch(after.Keys);
            rebuilt.Touch(after.Keys);

            var overlay = GateOverlay.Compute(current, [old, rebuilt]);
            return Hosts.All(h => Edge(h, overlay, snapshot) == current.Decide(h) && Edge(h, overlay, rebuilt.Snapshot) == current.Decide(h));
        });

    [Fact]
    public void AfterAReload_TheDifferencesAreFoundByComparingTheSnapshots() =>
        Gen.Select(Snapshots, Snapshots).Sample(iter: 2000, predicate: t =>
        {
            var (snapshot, reloaded) = t;
            var @base = new GateBase(snapshot);
            @base.TouchDifferences(reloaded);
            var overlay = GateOverlay.Compute(reloaded, [@base]);
            return Hosts.All(h => Edge(h, overlay, snapshot) == reloaded.Decide(h));
        });

    [Fact]
    public void NothingChanged_NothingIsOverlaid()
    {
        var @base = new GateBase(GateSnapshot.Build(GateCases.Filed));
        Assert.Empty(GateOverlay.Compute(@base.Snapshot, [@base]));
    }

    [Fact]
    public void ARemovedDomain_CarriesTheDecisionOfItsParent()
    {
        var snapshot = GateSnapshot.Build(GateCases.Filed);
        var @base = new GateBase(snapshot);
        var current = snapshot.With(new Dictionary<string, GateReason?> { ["shop.nested.cn"] = null });
        @base.Touch(["shop.nested.cn"]);

        var overlay = GateOverlay.Compute(current, [@base]);

        Assert.Equal(GateReason.Allowed, Assert.Single(overlay).Value);
    }
}
