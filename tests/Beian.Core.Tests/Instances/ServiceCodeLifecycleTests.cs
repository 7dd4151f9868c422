using Beian.Instances;
using static Beian.Instances.ServiceCodeAction;
using static Beian.Instances.ServiceCodeState;

namespace Beian.Tests.Instances;

/// <summary>The service codes' transition table (entities.md §E10, lifecycle.md §10) and what applying it does to a code.</summary>
public class ServiceCodeLifecycleTests
{
    /// <summary>Every state × action, with where the spec lets it lead (null: not allowed).</summary>
    public static TheoryData<ServiceCodeState, ServiceCodeAction, ServiceCodeState?> Table()
    {
        var data = new TheoryData<ServiceCodeState, ServiceCodeAction, ServiceCodeState?>();
        foreach (var state in Enum.GetValues<ServiceCodeState>())
        {
            foreach (var action in Enum.GetValues<ServiceCodeAction>())
            {
                data.Add(state, action, (state, action) switch
                {
                    (Available, Bind) => Bound,       // submitting binds it to the order's website
                    (Bound, Release) => Available,    // abandoned, expired, released by support
                    (Bound, Use) => Used,             // the website is filed
                    (Used, ServiceCodeAction.Void) => ServiceCodeState.Void, // access cancelled or record cancelled: a new code is needed
                    _ => null,
                });
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void ACodeMoves_OnlyAsTheTableSays(ServiceCodeState from, ServiceCodeAction action, ServiceCodeState? to)
    {
        var code = new ServiceCode { State = from, OrderId = from == Bound ? Guid.NewGuid() : null, WebsiteIcpNumber = from is Used or ServiceCodeState.Void ? "京ICP备2026000001号-1" : null };
        var applied = code.Apply(action, Guid.NewGuid(), "京ICP备2026000001号-1");
        Assert.Equal(to is not null, applied);
        Assert.Equal(to ?? from, code.State);
    }

    [Fact]
    public void AnyWalkThroughTheTable_KeepsTheCodesLinksTrue()
    {
        // Model-based: random actions from a new code; after each, a code names an order unless it is free,
        // names its website once used, and a void code never moves again.
        var random = new Random(20261204);
        for (var walk = 0; walk < 500; walk++)
        {
            var code = new ServiceCode { State = Available };
            for (var step = 0; step < 12; step++)
            {
                var before = code.State;
                var action = (ServiceCodeAction)random.Next(Enum.GetValues<ServiceCodeAction>().Length);
                var applied = code.Apply(action, Guid.NewGuid(), $"京ICP备2026{walk:D6}号-1");
                Assert.Equal(ServiceCodeLifecycle.Table.Next(before, action) is not null, applied);
                Assert.Equal(code.State == Available, code.OrderId is null);
                Assert.Equal(code.State is Used or ServiceCodeState.Void, code.WebsiteIcpNumber is not null);
                Assert.True(before != ServiceCodeState.Void || code.State == ServiceCodeState.Void);
            }
        }
    }
}
