using Microsoft.Extensions.Options;

namespace Beian.Web.Features.Gate;

/// <summary>Settings of the gate: the section <c>Gate</c>.</summary>
public sealed class GateOptions
{
    /// <summary>Follow the record feed in the background (tests refresh by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the snapshot follows the feed; a committed change reaches the gate within about this long.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The provider's mainland server addresses (CIDR); requests to other addresses are not gated (R-BLOCK-08). Empty: gate everything.</summary>
    public List<string> MainlandRanges { get; set; } = [];

    /// <summary>The shared key gateway processes present to read the gate feed (<c>/gate/feed</c>); empty: the feed is closed.</summary>
    public string? FeedKey { get; set; }
}

/// <summary>Builds the snapshot at start, then follows the feed; after a failed refresh the last snapshot keeps answering.</summary>
public sealed class GateJob(GateFollower follower, IOptions<GateOptions> options, ILogger<GateJob> log) : Beian.Platform.PeriodicJob(log)
{
    protected override TimeSpan Interval => options.Value.RefreshInterval;

    protected override bool Enabled => options.Value.Enabled;

    protected override Task StartingAsync(CancellationToken ct) => follower.BuildAsync(ct);

    protected override Task RunOnceAsync(CancellationToken ct) => follower.RefreshAsync(ct);
}
