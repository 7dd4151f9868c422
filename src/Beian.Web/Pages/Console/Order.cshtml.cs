using Beian.Filings;
using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Ports;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Console;

/// <summary>订单进度: status, deadlines, the timeline and only the actions the transition table allows now.</summary>
public sealed class OrderModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public OrderView? Order { get; private set; }

    /// <summary>The latest video verification asked for, if any.</summary>
    public SubmitVideo.VideoView? Video { get; private set; }

    [BindProperty]
    public IFormFile? VideoFile { get; set; }

    public IReadOnlyList<(string Value, string Text)> WithdrawReasons { get; } = [.. ApplicantActions.WithdrawReasons.Select(r => (r, r))];

    [BindProperty]
    public string? OtherReason { get; set; }

    public bool HasActions => Order?.AllowedActions.Count > 0;

    public DateTimeOffset Now => Service<TimeProvider>().GetUtcNow();

    /// <summary>The stage bar: the order's path's stages, the one it is in, and whether it is held there.</summary>
    public (IReadOnlyList<string> Stages, string Current, bool Held, string? Deadline) Stage
    {
        get
        {
            var o = Order!;
            var stoppedFrom = o.State is OrderState.Abandoned or OrderState.Expired
                ? Enum.GetValues<OrderState>().FirstOrDefault(s => s.ChineseName() == o.Timeline.LastOrDefault(e => e.To == o.StateName && e.From != e.To)?.From)
                : (OrderState?)null;
            var current = OrderStages.Current(o.State, o.Type.PathOf(), stoppedFrom);
            var deadline = current switch
            {
                _ when o.State.IsFinal() => null,
                OrderStages.InitialReview when o.ReviewDueBy is { } due => $"本平台将在 {Display.Time(due)} 前处理",
                OrderStages.SmsVerification when SmsDeadline is { } sms => $"请在 {Display.Time(sms)} 前完成短信核验",
                OrderStages.BureauReview => "管局审核一般需要1至20个工作日",
                OrderStages.Submit when o.State == OrderState.Draft => "填写完成并通过信息核对后提交",
                _ => null,
            };
            return (OrderStages.For(o.Type.PathOf()), current, OrderStages.IsHeld(o.State), deadline);
        }
    }

    /// <summary>The timeline with repeated saves of the draft merged into one line that says how often.</summary>
    public IReadOnlyList<(TimelineView Entry, int Times)> Timeline =>
        [.. Order!.Timeline.Aggregate(new List<(TimelineView Entry, int Times)>(), (merged, e) =>
        {
            if (merged.Count > 0 && merged[^1].Entry.From == merged[^1].Entry.To && e.From == e.To && merged[^1].Entry.Description == e.Description && e.Note is null)
            {
                merged[^1] = (e, merged[^1].Times + 1);
            }
            else
            {
                merged.Add((e, 1));
            }

            return merged;
        }).AsEnumerable().Reverse()];

    /// <summary>What dropping the order is called: a change is given up (放弃本次变更), a filing's application dropped.</summary>
    public string AbandonLabel => Order?.Type is FilingType.ChangeSubject or FilingType.ChangeWebsite ? "放弃本次变更" : "放弃本次申请";

    /// <summary>The SMS window as the applicant learns it: from the hand-over to MIIT, as long as the bureau allows.</summary>
    public DateTimeOffset? SmsDeadline =>
        Order is { State: OrderState.AwaitingSmsVerification } o
            ? o.Timeline.LastOrDefault(e => e.To == OrderState.AwaitingSmsVerification.ChineseName())?.At + Service<IOptions<BureauOptions>>().Value.SmsWindow
            : null;

    public string EditLink => Order!.Type.PathOf() == ReviewPath.DirectToBureau ? $"/console/orders/{Id}/confirm" : $"/console/orders/{Id}/subject";

    public bool Can(OrderAction action) => Order?.AllowedActions.Contains(action) == true;

    public static string Tone(OrderState state) => state switch
    {
        OrderState.Approved => "ok",
        OrderState.RejectedByProvider or OrderState.RejectedByBureau or OrderState.ReturnedByMiit or OrderState.Expired or OrderState.Abandoned => "bad",
        OrderState.AwaitingApplicant or OrderState.AwaitingSmsVerification or OrderState.Draft => "warn",
        _ => string.Empty,
    };

    public static string NextStep(OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.State switch
        {
            OrderState.Draft => "订单尚未提交：请完成各步骤后在「信息核对」中提交。",
            OrderState.PendingInitialReview or OrderState.InInitialReview => "初审员正在核实您的信息，可能会电话联系负责人，请保持电话畅通。",
            OrderState.AwaitingApplicant => "初审员需要您补充资料，请按要求补充后提交。",
            OrderState.InitialReviewPassed => "初审已通过，将在一个工作日内报送管局。",
            OrderState.AwaitingSmsVerification => "工信部已向负责人手机发送验证码，请在截止时间前完成短信核验。",
            OrderState.BureauReview => "管局审核中，一般需要1至20个工作日。",
            OrderState.RejectedByProvider => "初审未通过：请按驳回原因修改后重新提交。",
            OrderState.ReturnedByMiit => "短信核验未完成或核验错误次数过多，订单已退回：可原样重新提交管局，或修改后重新初审。",
            OrderState.RejectedByBureau => "管局审核未通过：请按驳回原因修改后重新提交。",
            OrderState.Approved => order.SyncedToProvider ? "备案已完成，备案信息已同步到本接入商。" : "管局已审核通过，备案信息正在同步到本接入商。",
            OrderState.Abandoned => "订单已放弃。如需备案，请重新开始。",
            OrderState.Expired => "订单超过45天未完成，已失效。如需备案，请重新开始。",
            _ => string.Empty,
        };
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostAbandonAsync() => ActAsync("订单已放弃，不能恢复。", () =>
        Service<ApplicantActions>().AbandonAsync(Id, User, Aborted));

    public Task<IActionResult> OnPostWithdrawAsync() => ActAsync("申请已撤回，订单回到草稿，可修改后重新提交。", () =>
        Service<ApplicantActions>().WithdrawAsync(Id, new(Text == "其他" && !string.IsNullOrWhiteSpace(OtherReason) ? $"其他：{OtherReason.Trim()}" : Text), User, Aborted));

    public Task<IActionResult> OnPostSupplyAsync() => ActAsync("已提交补充资料，等待初审。", () =>
        Service<ApplicantActions>().SupplyMaterialAsync(Id, new(Text), User, Aborted));

    public Task<IActionResult> OnPostResubmitAsync() => ActAsync("已重新提交管局。", () =>
        Service<ResubmitToBureau>().HandleAsync(Id, User, Aborted));

    public Task<IActionResult> OnPostReturnForChangesAsync() => ActAsync("订单已回到可修改状态，请修改后重新提交初审。", () =>
        Service<ApplicantActions>().ReturnForChangesAsync(Id, User, Aborted));

    public Task<IActionResult> OnPostEscalateAsync() => ActAsync("已催办，审核专员会尽快处理。", () =>
        Service<ApplicantActions>().EscalateAsync(Id, User, Aborted));

    public async Task<IActionResult> OnPostVideoAsync()
    {
        var result = await Service<SubmitVideo>().UploadAsync(Id, VideoFile, User, Aborted);
        return Take(result) is not null ? Done("承诺视频已上传，等待初审。", $"/console/orders/{Id}") : await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostConfirmVideoAsync()
    {
        var result = await Service<SubmitVideo>().ConfirmAppointmentAsync(Id, User, Aborted);
        return Take(result) is not null ? Done("已确认钉钉视频核验时间，请按时通过好友申请。", $"/console/orders/{Id}") : await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostGiveUpVideoAsync()
    {
        var result = await Service<SubmitVideo>().GiveUpAsync(Id, User, Aborted);
        return Take(result) is not null ? Done("已放弃视频核验，订单将被驳回。", $"/console/orders/{Id}") : await LoadAsync() ? Page() : NotFound();
    }

    [BindProperty]
    public DateTimeOffset? CallFrom { get; set; }

    [BindProperty]
    public DateTimeOffset? CallTo { get; set; }

    [BindProperty]
    public string? CallNote { get; set; }

    /// <summary>The applicant's callback bookings (R-REVIEW-06).</summary>
    public IReadOnlyList<BookCallback.CallbackView> Callbacks { get; private set; } = [];

    /// <summary>预约回电: the window typed in the page is Beijing wall-clock time.</summary>
    public async Task<IActionResult> OnPostCallbackAsync()
    {
        static DateTimeOffset Beijing(DateTimeOffset? at) => at is { } t ? new DateTimeOffset(t.DateTime, Beian.Time.BeijingTime.Offset) : DateTimeOffset.MinValue;
        var result = await Service<BookCallback>().RequestAsync(Id, new(Beijing(CallFrom), Beijing(CallTo), CallNote), User, Aborted);
        return Take(result) is { } booked
            ? Done($"已预约回电：{Display.Time(booked.From)} 至 {Display.Time(booked.To)}，审核专员将在该时段致电。", $"/console/orders/{Id}")
            : await LoadAsync() ? Page() : NotFound();
    }

    private async Task<IActionResult> ActAsync(string done, Func<Task<Result<OrderView>>> act)
    {
        if (Take(await act()) is not null)
        {
            return Done(done, $"/console/orders/{Id}");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        Order = (await Service<MyOrders>().GetAsync(Id, User, Aborted)).Value;
        Video = (await Service<SubmitVideo>().GetAsync(Id, User, Aborted)).Value;
        Callbacks = (await Service<BookCallback>().MineAsync(Id, User, Aborted)).Value ?? [];
        return Order is not null;
    }
}
