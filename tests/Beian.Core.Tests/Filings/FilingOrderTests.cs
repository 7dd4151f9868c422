using Beian.Filings;
using Beian.PersonalData;

namespace Beian.Tests.Filings;

public class FilingOrderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero); // 10:00 Beijing

    internal static FilingDraft Draft(params string[] domains)
    {
        var sealedText = new SealedText("k1:x", "idx", "***");
        var person = new Principal("张三", "居民身份证", sealedText, sealedText, sealedText, "a@example.com");
        return new FilingDraft(
            new SubjectDraft("33", "杭州市", SubjectNature.Individual, "居民身份证", sealedText, "张三", "浙江省杭州市西湖区文三路1号", "浙江省杭州市西湖区文三路1号", person),
            [new WebsiteDraft("张三的博客", domains.Length == 0 ? ["example.cn"] : domains, null, "其他", "中文简体", person, null)]);
    }

    private static FilingOrder NewOrder(FilingType type = FilingType.FirstFiling) =>
        new(Guid.NewGuid(), "BA1", Guid.NewGuid(), type, Draft(), Monday);

    [Fact]
    public void Submit_StartsThe45DayClockOnTheBeijingSubmissionDay()
    {
        var order = NewOrder();
        Assert.Null(order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday));
        // Submitted on 2026-11-30 (day 1); it expires at the end of day 45, 2027-01-13, Beijing time.
        Assert.Equal(new DateTimeOffset(2027, 1, 13, 16, 0, 0, TimeSpan.Zero), order.ExpiresAt);
    }

    [Fact]
    public void Apply_RefusesAnActionTheTableDoesNotAllow_AndChangesNothing()
    {
        var order = NewOrder();
        var version = order.Version;
        var error = order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday);
        Assert.NotNull(error);
        Assert.Equal("T07", error.Code);
        Assert.Equal(OrderState.Draft, order.State);
        Assert.Equal(version, order.Version);
        Assert.Empty(order.Timeline);
    }

    [Fact]
    public void Apply_RefusesTheRightActionByTheWrongActor()
    {
        var order = NewOrder();
        Assert.NotNull(order.Apply(OrderAction.Submit, Actor.Reviewer, "审核员", Monday));
    }

    [Fact]
    public void EachTransition_WritesOneTimelineEvent()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        order.LogCall(answered: true, "审核员", Monday);
        order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday);
        Assert.Equal(["T01", "T03", "T07"], order.Timeline.Select(e => e.TransitionId).OfType<string>());
    }

    [Fact]
    public void TimeAtTheBureau_IsAddedToTheExpiry()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        order.LogCall(answered: true, "审核员", Monday);
        order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday);
        var expiry = order.ExpiresAt;
        order.Apply(OrderAction.Forward, Actor.System, "系统", Monday);
        order.Apply(OrderAction.ReturnByMiit, Actor.Bureau, "工信部", Monday.AddHours(24));
        Assert.Equal(expiry + TimeSpan.FromHours(24), order.ExpiresAt);
    }

    [Fact]
    public void ExpiryWarnings_FallAWeekAndADayBeforeExpiry_NotWhileAtTheBureau_AndMoveWithTheExpiry()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        Assert.Equal(order.ExpiresAt - TimeSpan.FromDays(7), order.ExpiryWarningDueAt);
        Assert.False(order.TakeExpiryWarning(order.ExpiryWarningDueAt!.Value.AddMinutes(-1)));

        // Held by the bureau for two days around the time the warning fell due: none is given, and the pause moves it.
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        order.LogCall(answered: true, "审核员", Monday);
        order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday);
        var due = order.ExpiryWarningDueAt!.Value;
        order.Apply(OrderAction.Forward, Actor.System, "系统", due.AddDays(-1));
        Assert.False(order.TakeExpiryWarning(due));
        order.Apply(OrderAction.ReturnByMiit, Actor.Bureau, "工信部", due.AddDays(1));
        Assert.Equal(due.AddDays(2), order.ExpiryWarningDueAt);

        Assert.True(order.TakeExpiryWarning(due.AddDays(2)));
        Assert.False(order.TakeExpiryWarning(due.AddDays(2)));
        Assert.Equal(order.ExpiresAt - TimeSpan.FromDays(1), order.ExpiryWarningDueAt);

        // A sweep that stood still past both leads gives one warning, not two.
        Assert.True(order.TakeExpiryWarning(order.ExpiresAt!.Value.AddMinutes(-1)));
        Assert.Null(order.ExpiryWarningDueAt);
        Assert.Equal(2, order.ExpiryWarningsSent);
    }

    [Fact]
    public void Expire_IsRefusedBeforeTheDeadlineAndForADraftNeverSubmitted()
    {
        var draft = NewOrder();
        Assert.NotNull(draft.Apply(OrderAction.Expire, Actor.System, "系统", Monday.AddDays(100)));

        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        Assert.NotNull(order.Apply(OrderAction.Expire, Actor.System, "系统", order.ExpiresAt!.Value.AddSeconds(-1)));
        Assert.Null(order.Apply(OrderAction.Expire, Actor.System, "系统", order.ExpiresAt!.Value));
        Assert.Equal(OrderState.Expired, order.State);
    }

    [Fact]
    public void Cancellation_GoesFromDraftStraightToTheBureau()
    {
        var order = NewOrder(FilingType.CancelWebsite);
        Assert.Null(order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday));
        Assert.Equal(OrderState.BureauReview, order.State);
        Assert.NotNull(order.Apply(OrderAction.Withdraw, Actor.Applicant, "申请人", Monday));
    }

    [Fact]
    public void Edit_IsRefusedOnceSubmitted()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        Assert.Equal("order.not_editable", order.Edit(Draft("other.cn"))?.Code);
        Assert.Equal(["example.cn"], order.Domains.Select(d => d.Domain));
    }

    [Fact]
    public void ReviewCalls_RetryAfterAnHour_ThenTheEmergencyPhone_ThenRejection_R_REVIEW_02_R_PHONE_05()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        Assert.Equal("R-REVIEW-02", order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday)?.Code);

        Assert.Null(order.LogCall(answered: false, "审核员", Monday));
        Assert.Equal("R-REVIEW-02", order.LogCall(answered: false, "审核员", Monday.AddMinutes(59))?.Code);
        Assert.Null(order.LogCall(answered: false, "审核员", Monday.AddHours(1)));
        Assert.Equal(OrderState.InInitialReview, order.State);
        Assert.Null(order.LogCall(answered: false, "审核员", Monday.AddHours(1)));
        Assert.Equal(OrderState.RejectedByProvider, order.State);
        Assert.Equal("REJ-CALL-UNANSWERED", Assert.Single(order.Rejections).Code);
        Assert.Contains(order.Timeline, e => e.Description.Contains("应急联系电话", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAnsweredEmergencyCall_LetsTheReviewGoOn()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        order.LogCall(answered: false, "审核员", Monday);
        order.LogCall(answered: false, "审核员", Monday.AddHours(1));
        order.LogCall(answered: true, "审核员", Monday.AddHours(1));
        Assert.Null(order.Apply(OrderAction.ProviderApprove, Actor.Reviewer, "审核员", Monday.AddHours(1)));
    }

    [Fact]
    public void WhereTheProvinceCallsTheEmergencyContactEveryTime_ApprovalWaitsForThatCall_R_REVIEW_03_R_PROV_CFG_15()
    {
        var order = NewOrder();
        order.Apply(OrderAction.Submit, Actor.Applicant, "申请人", Monday);
        order.Apply(OrderAction.PickUp, Actor.Reviewer, "审核员", Monday);
        order.LogCall(answered: true, "审核员", Monday);
        var rules = ProvinceRuleTable.For("33");
        Assert.Null(order.EmergencyCallMissing(rules));
        var calling = rules with { AlwaysCallEmergencyContact = true };
        Assert.Equal("R-REVIEW-03", order.EmergencyCallMissing(calling)?.Code);

        Assert.Null(order.LogCall(answered: false, "审核员", Monday, toEmergencyContact: true));
        Assert.Equal("R-REVIEW-03", order.EmergencyCallMissing(calling)?.Code);
        Assert.Equal(OrderState.InInitialReview, order.State);
        Assert.Null(order.LogCall(answered: true, "审核员", Monday.AddMinutes(5), toEmergencyContact: true));
        Assert.Null(order.EmergencyCallMissing(calling));
        Assert.Contains(order.Timeline, e => e.Description.Contains("应急联系人", StringComparison.Ordinal));
    }
}
