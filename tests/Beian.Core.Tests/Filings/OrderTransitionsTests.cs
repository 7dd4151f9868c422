using Beian.Filings;
using static Beian.Filings.OrderState;

namespace Beian.Tests.Filings;

public class OrderTransitionsTests
{
    public static TheoryData<string, OrderState, OrderAction, OrderState, ReviewPath> Rows()
    {
        var data = new TheoryData<string, OrderState, OrderAction, OrderState, ReviewPath>
        {
            { "T01", Draft, OrderAction.Submit, PendingInitialReview, ReviewPath.ProviderReview },
            { "T01", Draft, OrderAction.Submit, BureauReview, ReviewPath.DirectToBureau },
            { "T02", Draft, OrderAction.Abandon, Abandoned, ReviewPath.ProviderReview },
            { "T03", PendingInitialReview, OrderAction.PickUp, InInitialReview, ReviewPath.ProviderReview },
            { "T04", InInitialReview, OrderAction.RequestMaterial, AwaitingApplicant, ReviewPath.ProviderReview },
            { "T05", AwaitingApplicant, OrderAction.SupplyMaterial, InInitialReview, ReviewPath.ProviderReview },
            { "T06", InInitialReview, OrderAction.ProviderReject, RejectedByProvider, ReviewPath.ProviderReview },
            { "T06", AwaitingApplicant, OrderAction.ProviderReject, RejectedByProvider, ReviewPath.ProviderReview },
            { "T07", InInitialReview, OrderAction.ProviderApprove, InitialReviewPassed, ReviewPath.ProviderReview },
            { "T08", InitialReviewPassed, OrderAction.Forward, AwaitingSmsVerification, ReviewPath.ProviderReview },
            { "T09", AwaitingSmsVerification, OrderAction.SmsVerified, BureauReview, ReviewPath.ProviderReview },
            { "T10", AwaitingSmsVerification, OrderAction.ReturnByMiit, ReturnedByMiit, ReviewPath.ProviderReview },
            { "T11", ReturnedByMiit, OrderAction.ResubmitToBureau, AwaitingSmsVerification, ReviewPath.ProviderReview },
            { "T12", ReturnedByMiit, OrderAction.ReturnForChanges, RejectedByProvider, ReviewPath.ProviderReview },
            { "T13", BureauReview, OrderAction.BureauApprove, Approved, ReviewPath.ProviderReview },
            { "T13", BureauReview, OrderAction.BureauApprove, Approved, ReviewPath.DirectToBureau },
            { "T14", BureauReview, OrderAction.BureauReject, RejectedByBureau, ReviewPath.ProviderReview },
            { "T15", RejectedByProvider, OrderAction.Submit, PendingInitialReview, ReviewPath.ProviderReview },
            { "T16", RejectedByBureau, OrderAction.Submit, PendingInitialReview, ReviewPath.ProviderReview },
            { "T16", RejectedByBureau, OrderAction.Submit, BureauReview, ReviewPath.DirectToBureau },
            { "T17", RejectedByProvider, OrderAction.Abandon, Abandoned, ReviewPath.ProviderReview },
            { "T17", RejectedByBureau, OrderAction.Abandon, Abandoned, ReviewPath.ProviderReview },
        };
        foreach (var from in new[] { PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed })
        {
            data.Add("T18", from, OrderAction.Withdraw, Draft, ReviewPath.ProviderReview);
        }

        foreach (var from in new[] { Draft, PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed, RejectedByProvider, ReturnedByMiit, RejectedByBureau })
        {
            data.Add("T19", from, OrderAction.Expire, Expired, ReviewPath.ProviderReview);
            data.Add("T20", from, OrderAction.SupportAbandon, Abandoned, ReviewPath.ProviderReview);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Table_HasTheSpecsTransition(string id, OrderState from, OrderAction action, OrderState to, ReviewPath path)
    {
        var row = OrderTransitions.Find(from, action, path);
        Assert.NotNull(row);
        Assert.Equal(id, row.Id);
        Assert.Equal(to, row.To);
    }

    [Fact]
    public void EveryPairNotInTheSpec_IsRefused()
    {
        var allowed = Rows().Select(r => ((OrderState)r[1], (OrderAction)r[2], (ReviewPath)r[4])).ToHashSet();
        foreach (var state in Enum.GetValues<OrderState>())
        {
            foreach (var action in Enum.GetValues<OrderAction>())
            {
                var row = OrderTransitions.Find(state, action, ReviewPath.ProviderReview);
                Assert.Equal(allowed.Contains((state, action, ReviewPath.ProviderReview)) || (state, action) == (ReturnedByMiit, OrderAction.Abandon), row is not null);
            }
        }
    }

    [Fact]
    public void NoTransitionLeavesAFinalState()
    {
        foreach (var row in OrderTransitions.All)
        {
            Assert.DoesNotContain(row.From, s => s.IsFinal());
        }
    }

    [Fact]
    public void NothingIsWithdrawnOrExpiredWhileTheBureauHoldsTheOrder()
    {
        foreach (var state in new[] { AwaitingSmsVerification, BureauReview })
        {
            foreach (var path in Enum.GetValues<ReviewPath>())
            {
                Assert.Null(OrderTransitions.Find(state, OrderAction.Withdraw, path));
                Assert.Null(OrderTransitions.Find(state, OrderAction.Expire, path));
                Assert.Null(OrderTransitions.Find(state, OrderAction.Abandon, path));
                Assert.Null(OrderTransitions.Find(state, OrderAction.SupportAbandon, path));
            }
        }
    }

    [Fact]
    public void Cancellations_CannotBeWithdrawnOrReviewedByTheProvider()
    {
        Assert.Null(OrderTransitions.Find(PendingInitialReview, OrderAction.Withdraw, ReviewPath.DirectToBureau));
        Assert.Empty(OrderTransitions.Allowed(Draft, ReviewPath.DirectToBureau, Actor.Reviewer));
    }

    [Fact]
    public void Abandon_IsAllowedInADraftAndAfterARejection_AndNothingIsAllowedWhileTheBureauHoldsTheOrder_R_ORDER_05_R_ORDER_07()
    {
        foreach (var state in new[] { Draft, RejectedByProvider, RejectedByBureau })
        {
            Assert.Contains(OrderAction.Abandon, OrderTransitions.Allowed(state, ReviewPath.ProviderReview, Actor.Applicant));
        }

        foreach (var state in new[] { PendingInitialReview, InInitialReview, AwaitingApplicant, InitialReviewPassed })
        {
            Assert.DoesNotContain(OrderAction.Abandon, OrderTransitions.Allowed(state, ReviewPath.ProviderReview, Actor.Applicant));
        }

        foreach (var state in new[] { AwaitingSmsVerification, BureauReview })
        {
            Assert.Empty(OrderTransitions.Allowed(state, ReviewPath.ProviderReview, Actor.Applicant));
            Assert.Empty(OrderTransitions.Allowed(state, ReviewPath.DirectToBureau, Actor.Applicant));
            Assert.True(state.IsAtBureau());
        }
    }
}
