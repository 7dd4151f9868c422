using Beian.Gate;

namespace Beian.Tests;

/// <summary>
/// The gate's decision table: filed domains with their decisions, and host forms (case, port, trailing dot, IDN, any
/// subdomain) with the decision each must get. The in-process gate and nginx's native gate run the same table.
/// </summary>
public static class GateCases
{
    public static IReadOnlyDictionary<string, GateReason> Filed { get; } = new Dictionary<string, GateReason>
    {
        ["example.cn"] = GateReason.Allowed,
        ["xn--fsqu00a.xn--fiqs8s"] = GateReason.Allowed,
        ["pending.cn"] = GateReason.FilingInProgress,
        ["gone.cn"] = GateReason.AccessCancelled,
        ["dead.cn"] = GateReason.RecordCancelled,
        ["bad.cn"] = GateReason.Suspended,
        ["shop.nested.cn"] = GateReason.Suspended,
        ["nested.cn"] = GateReason.Allowed,
    };

    /// <summary>Host header → decision.</summary>
    public static TheoryData<string, GateReason> Hosts { get; } = new()
    {
        { "example.cn", GateReason.Allowed },
        { "EXAMPLE.CN", GateReason.Allowed },
        { "example.cn:8080", GateReason.Allowed },
        { "example.cn.", GateReason.Allowed },
        { "www.example.cn", GateReason.Allowed },
        { "a.b.example.cn", GateReason.Allowed },
        { "xn--fsqu00a.xn--fiqs8s", GateReason.Allowed },
        { "例子.中国", GateReason.Allowed },
        { "www.例子.中国", GateReason.Allowed },
        { "notexample.cn", GateReason.NoFiling },
        { "example.com", GateReason.NoFiling },
        { "cn", GateReason.NoFiling },
        { "", GateReason.NoFiling },
        { "[::1]:80", GateReason.NoFiling },
        { "pending.cn", GateReason.FilingInProgress },
        { "www.gone.cn", GateReason.AccessCancelled },
        { "dead.cn", GateReason.RecordCancelled },
        { "bad.cn", GateReason.Suspended },
        { "www.nested.cn", GateReason.Allowed },
        { "shop.nested.cn", GateReason.Suspended },
        { "www.shop.nested.cn", GateReason.Suspended },
    };
}
