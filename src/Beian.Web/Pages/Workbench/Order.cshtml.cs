using Beian.Filings;
using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Rules;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Review;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Workbench;

/// <summary>One order under initial review: masked data with an audited reveal, findings, calls, material, decision.</summary>
public sealed class ReviewOrderModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public bool Answered { get; set; }

    [BindProperty]
    public List<string> Codes { get; set; } = [];

    public OrderView? Order { get; private set; }

    public FindingsView? Findings { get; private set; }

    public RevealPersonalData.Revealed? Revealed { get; private set; }

    /// <summary>The principals' real-person verifications (真人核验); those handed over after repeated failures wait here.</summary>
    public IReadOnlyList<VerifyRealPerson.RealPersonView> RealPerson { get; private set; } = [];

    [BindProperty]
    public bool Passed { get; set; }

    /// <summary>The order's document slots with what was uploaded for each, beside the reviewer's checklist.</summary>
    public IReadOnlyList<(DocumentSlot Slot, UploadDocument.DocumentView? Uploaded)> Documents { get; private set; } = [];

    /// <summary>Uploads that fill no typed slot (authorisation letters, province forms).</summary>
    public IReadOnlyList<UploadDocument.DocumentView> OtherDocuments { get; private set; } = [];

    /// <summary>The windows the applicant asked to be called in (R-REVIEW-06).</summary>
    public IReadOnlyList<BookCallback.CallbackView> Callbacks { get; private set; } = [];

    public string ContentLink(Guid document) => $"/workbench/orders/{Id}?handler=Document&document={document}";

    /// <summary>A document of this order, unsealed for the reviewer; every view is written to the audit log.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid document) =>
        new HttpResultAction((await Service<ViewUpload>().DocumentAsync(Id, document, User, asReviewer: true, Response, Aborted)).Result);

    public IReadOnlyList<(string Value, string Text)> RevealFields =>
    [
        ("subject.certificateNumber", "主办单位证件号码"),
        .. PrincipalFields("subject.principal", "主体负责人", Order?.Draft.Subject.Principal),
        .. (Order?.Draft.Websites ?? []).SelectMany((w, i) => PrincipalFields($"websites[{i}].principal", $"网站{i + 1}负责人", w.Principal)),
    ];

    public bool Can(OrderAction action) => Order?.AllowedActions.Contains(action) == true;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostPickUpAsync() => ActAsync("已开始初审。", () =>
        Service<ReviewOrders>().PickUpAsync(Id, User, Aborted));

    public Task<IActionResult> OnPostCallAsync() => ActAsync(Answered ? "已记录：电话接通。" : "已记录：无人接听。", () =>
        Service<ReviewCalls>().LogCallAsync(Id, new(Answered, Text), User, Aborted));

    [BindProperty]
    public DateTimeOffset? AppointmentAt { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public Task<IActionResult> OnPostRecordedVideoAsync() => ActAsync("已要求申请人录制承诺视频，脚本已发送至网站负责人邮箱。", () =>
        Service<VideoReview>().RequestAsync(Id, new(Beian.Filings.VideoMethod.Recorded, null), User, Aborted));

    public Task<IActionResult> OnPostDingTalkAsync() => ActAsync("已预约钉钉视频核验。", () =>
        Service<VideoReview>().RequestAsync(Id, new(Beian.Filings.VideoMethod.DingTalk, AppointmentAt is { } at ? new DateTimeOffset(at.DateTime, Beian.Time.BeijingTime.Offset) : null), User, Aborted));

    public Task<IActionResult> OnPostVideoResultAsync() => ActAsync("已记录视频核验结果。", () =>
        Service<VideoReview>().ResultAsync(Id, new(Outcome, Text), User, Aborted));

    /// <summary>The routine call to the emergency contact that some provinces make (R-PROV-CFG-15).</summary>
    public Task<IActionResult> OnPostEmergencyCallAsync() => ActAsync(Answered ? "已记录：应急联系人电话接通。" : "已记录：应急联系人无人接听。", () =>
        Service<ReviewCalls>().LogCallAsync(Id, new(Answered, Text, EmergencyContact: true), User, Aborted));

    public Task<IActionResult> OnPostRequestMaterialAsync() => ActAsync("已通知申请人补充资料。", () =>
        Service<ReviewCalls>().RequestMaterialAsync(Id, new(Text), User, Aborted));

    public Task<IActionResult> OnPostApproveAsync() => ActAsync("初审通过，订单将报送管局。", () =>
        Service<ApproveOrder>().HandleAsync(Id, new(Text), User, Aborted));

    public Task<IActionResult> OnPostRejectAsync() => ActAsync("订单已驳回，申请人会收到驳回原因。", () =>
        Service<RejectOrder>().HandleAsync(Id, new([.. Codes.Select(c => new RejectOrder.ReasonInput(c, Text))]), User, Aborted));

    public async Task<IActionResult> OnPostRealPersonAsync()
    {
        var decided = Take<VerifyRealPerson.RealPersonView>(await Service<RealPersonReview>().DecideAsync(Id, new(Field ?? string.Empty, Passed), User, Aborted));
        return decided is not null ? Done($"已判定真人核验：{VerifyRealPerson.StateName(decided.State)}。", $"/workbench/orders/{Id}") : await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevealAsync()
    {
        Revealed = Take<RevealPersonalData.Revealed>(await Service<RevealPersonalData>().HandleAsync(Id, new(Field, Text), User, Aborted));
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The numbers of one principal a reviewer may reveal; the landline only where one was given.</summary>
    private static IEnumerable<(string Value, string Text)> PrincipalFields(string role, string who, PrincipalView? principal)
    {
        yield return ($"{role}.certificateNumber", $"{who}证件号码");
        yield return ($"{role}.mobile", $"{who}手机号码");
        yield return ($"{role}.emergencyPhone", $"{who}应急电话");
        if (principal?.Landline is not null)
        {
            yield return ($"{role}.landline", $"{who}座机");
        }
    }

    private async Task<IActionResult> ActAsync(string done, Func<Task<Result<OrderView>>> act)
    {
        if (Take(await act()) is not null)
        {
            return Done(done, $"/workbench/orders/{Id}");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        Order = (await Service<ReviewOrders>().GetAsync(Id, Aborted)).Value;
        if (Order is null)
        {
            return false;
        }

        Findings = (await Service<ReviewOrders>().FindingsAsync(Id, Aborted)).Value;
        var uploaded = (await Service<UploadDocument>().ListForReviewAsync(Id, Aborted)).Value ?? [];
        var slots = DocumentSlots.Of(Order.Draft, Order.Type);
        Documents = [.. slots.Select(slot => (slot, uploaded.LastOrDefault(d => d.Kind == slot.Kind && d.Role == slot.Role)))];
        OtherDocuments = [.. uploaded.Where(d => !slots.Any(slot => slot.Kind == d.Kind && slot.Role == d.Role))];
        RealPerson = (await Service<RealPersonReview>().ListAsync(Id, Aborted)).Value ?? [];
        Callbacks = await Service<BookCallback>().ForOrderAsync(Id, Aborted);
        return true;
    }
}
