using Beian.Compliance;
using static Beian.Compliance.CaseAction;
using static Beian.Compliance.CaseState;

namespace Beian.Tests.Compliance;

/// <summary>An inspection case ends once, rectified or overdue, by its transition table.</summary>
public class CaseTransitionTableTests
{
    public static TheoryData<CaseState, CaseAction, CaseState?> Table() => new()
    {
        { Open, Rectify, Rectified },
        { Open, Expire, Overdue },
        { Rectified, Rectify, null },
        { Rectified, Expire, null },
        { Overdue, Rectify, null },
        { Overdue, Expire, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void ACaseEndsOnce_AsTheTableSays_R_INSP_03_R_INSP_07(CaseState from, CaseAction action, CaseState? to)
    {
        var at = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var @case = new InspectionCase { State = from, ActiveKey = from == Open ? "INSP-X|京ICP备2026000001号" : null };
        Assert.Equal(to is not null, @case.Apply(action, at));
        Assert.Equal(to ?? from, @case.State);
        if (to is not null)
        {
            Assert.Equal(at, @case.ClosedAt);
            Assert.Null(@case.ActiveKey); // the finding may open a new case later
            Assert.Equal(CaseLifecycle.Table.Find(from, action)!.Resolution, @case.Resolution);
        }
    }

    [Fact]
    public void TheTable_HasARowForEveryEnding_FromOpenOnly()
    {
        Assert.Equal(Enum.GetValues<CaseAction>().Length, CaseLifecycle.Table.All.Count);
        Assert.All(CaseLifecycle.Table.All, row => Assert.Equal([Open], row.From));
    }
}
