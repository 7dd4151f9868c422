using Beian.Filings;
using CsCheck;

namespace Beian.Tests.Filings;

/// <summary>
/// Random sequences of everything anyone can do to an order — every action by every actor, review calls, time passing —
/// checked against a small model of what must always hold: refusals change nothing, each transition writes one timeline
/// event, nothing leaves a final state, an order is approved exactly when the bureau approved it, and numbers exist
/// exactly then.
/// </summary>
public class OrderModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// One step: an action by an actor (any, so that refusals are tried too), one of the actions offered now (picked by
    /// <see cref="Offered"/>, so that sequences get far), a review call, or time passing.
    /// </summary>
    private sealed record Step(OrderAction? Action, Actor Actor, int? Offered, bool? CallAnswered, int Hours)
    {
        public override string ToString() =>
            Action is { } a ? $"{Actor}:{a}" : Offered is { } k ? $"offered#{k}" : CallAnswered is { } answered ? $"call:{answered}" : $"+{Hours}h";
    }

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (3, Gen.Select(Gen.Enum<OrderAction>(), Gen.Enum<Actor>()).Select(t => new Step(t.Item1, t.Item2, null, null, 0))),
        (6, Gen.Int[0, 99].Select(k => new Step(null, Actor.System, k, null, 0))),
        (2, Gen.Bool.Select(answered => new Step(null, Actor.Reviewer, null, answered, 0))),
        (1, Gen.Int[1, 24 * 50].Select(hours => new Step(null, Actor.System, null, null, hours))));

    private static int _approved;

    private static readonly Gen<FilingType> Types = Gen.OneOf<FilingType>([FilingType.FirstFiling, FilingType.Access, FilingType.ChangeSubject, FilingType.CancelAccess, FilingType.CancelSubject]);

    [Fact]
    public void RandomActionSequences_KeepTheOrdersInvariants()
    {
        Gen.Select(Types, Steps.Array[1, 60]).Sample(t => Holds(t.Item1, t.Item2), iter: 3000);

        // The sequences get as far as approval, not only refusals in a draft.
        Assert.True(Volatile.Read(ref _approved) > 0);
    }

    private static bool Holds(FilingType type, Step[] steps)
    {
        var now = Start;
        var order = new FilingOrder(Guid.NewGuid(), "BA1", Guid.NewGuid(), type, FilingOrderTests.Draft(), now, type == FilingType.FirstFiling ? null : "浙ICP备2026000001号");
        var bureauApproved = false;
        foreach (var step in steps)
        {
            var (state, version, events) = (order.State, order.Version, order.Timeline.Count);
            if (step.Hours > 0)
            {
                now += TimeSpan.FromHours(step.Hours);
                continue;
            }

            if (step.CallAnswered is { } answered)
            {
                if (order.LogCall(answered, "审核员", now) is null)
                {
                    Assert.True(order.Timeline.Count > events, "a logged call is on the timeline");
                }
                else
                {
                    Assert.Equal((state, version, events), (order.State, order.Version, order.Timeline.Count));
                }

                continue;
            }

            var (action, actor) = step.Offered is { } k ? Pick(order, k) : (step.Action!.Value, step.Actor);
            var offered = order.AllowedActions(actor).Contains(action);
            var error = order.Apply(action, actor, actor.ToString(), now);
            if (error is not null)
            {
                Assert.Equal((state, version, events), (order.State, order.Version, order.Timeline.Count));
                continue;
            }

            Assert.True(offered, $"{actor}:{action} was applied though not offered in {state}");
            Assert.False(state.IsFinal(), $"{actor}:{action} left the final state {state}");
            Assert.Equal(events + 1, order.Timeline.Count);
            Assert.NotNull(order.Timeline[^1].TransitionId);
            if (action == OrderAction.BureauApprove)
            {
                bureauApproved = true;
                Interlocked.Increment(ref _approved);
                order.MarkSynced("浙ICP备2026000001号", ["浙ICP备2026000001号-1"]); // what the sync does on the bureau's approval (T21)
            }

            Assert.Equal(bureauApproved, order.State == OrderState.Approved);
            Assert.Equal(bureauApproved, order.SubjectIcpNumber is not null);
            Assert.Equal(order.SubmittedAt is not null, order.ExpiresAt is not null);
        }

        return true;
    }

    /// <summary>The k-th of the actions some actor is offered now; Submit by the applicant when none is.</summary>
    private static (OrderAction, Actor) Pick(FilingOrder order, int k)
    {
        var offered = Enum.GetValues<Actor>().SelectMany(actor => order.AllowedActions(actor).Select(action => (action, actor))).ToList();
        return offered.Count == 0 ? (OrderAction.Submit, Actor.Applicant) : offered[k % offered.Count];
    }
}
