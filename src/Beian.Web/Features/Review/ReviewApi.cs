using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Features.Filings;

namespace Beian.Web.Features.Review;

/// <summary>A line of the reviewer's queue.</summary>
/// <summary>How the review queue is sorted: by the order's expiry (soonest first, the default) or by submission.</summary>
public enum QueueSort
{
    Deadline,
    Submitted,
}

/// <summary>A page of the review queue: state, province, an order number or domain to find, the sort and the page.</summary>
public sealed record QueueQuery(OrderState? State = null, string? Province = null, string? Search = null, QueueSort Sort = QueueSort.Deadline, int Page = 1)
{
    public const int PageSize = 20;
}

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, int Page, int Total)
{
    public int Pages => Math.Max(1, (Total + QueueQuery.PageSize - 1) / QueueQuery.PageSize);
}

public sealed record QueueItem(Guid Id, string Number, FilingType Type, string TypeName, OrderState State, string StateName, string ProvinceCode, string SubjectName, DateTimeOffset? SubmittedAt, DateTimeOffset? ExpiresAt);

public static class ReviewApi
{
    /// <summary>The reviewer's use cases, which the workbench's pages call as the API does.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services) => services
        .AddScoped<ReviewOrders>().AddScoped<ReviewCalls>().AddScoped<VideoReview>().AddScoped<RealPersonReview>()
        .AddScoped<ApproveOrder>().AddScoped<RejectOrder>().AddScoped<RevealPersonalData>().AddScoped<SupportRelease>();

    public static RouteGroupBuilder MapReview(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/review").WithTags("初审工作台").RequireAuthorization(Roles.Reviewer);
        group.MapGet("/queue", async ([AsParameters] QueueQuery query, ReviewOrders orders, CancellationToken ct) => TypedResults.Ok(await orders.QueueAsync(query, ct)))
            .WithName("ReviewQueue").WithSummary("待初审的订单：可按状态、区域、订单号或域名筛选，按失效时间（默认）或提交时间排序，每页20条");
        group.MapGet("/orders/{id:guid}", (Guid id, ReviewOrders orders, CancellationToken ct) => orders.GetAsync(id, ct).ToHttpAsync()).WithName("ReviewOrder").WithSummary("订单详情（个人信息已脱敏）");
        group.MapGet("/orders/{id:guid}/findings", (Guid id, ReviewOrders orders, CancellationToken ct) => orders.FindingsAsync(id, ct).ToHttpAsync()).WithName("ReviewFindings").WithSummary("规则校验结果与建议的驳回原因");
        group.MapPost("/orders/{id:guid}/pick-up", (Guid id, ClaimsPrincipal user, ReviewOrders orders, CancellationToken ct) => orders.PickUpAsync(id, user, ct).ToHttpAsync()).WithName("PickUpOrder").WithSummary("开始初审");
        group.MapGet("/orders/{id:guid}/callback", async (Guid id, BookCallback book, CancellationToken ct) => TypedResults.Ok(await book.ForOrderAsync(id, ct)))
            .WithName("ReviewCallbacks").WithSummary("申请人预约的回电时段（记录一次通话即视为已回电）");
        group.MapPost("/orders/{id:guid}/calls", (Guid id, ReviewCalls.CallRequest body, ClaimsPrincipal user, ReviewCalls calls, CancellationToken ct) => calls.LogCallAsync(id, body, user, ct).ToHttpAsync()).WithName("LogReviewCall").WithSummary("记录初审电话：接通或无人接听");
        group.MapPost("/orders/{id:guid}/request-material", (Guid id, ReviewCalls.MaterialRequest body, ClaimsPrincipal user, ReviewCalls calls, CancellationToken ct) => calls.RequestMaterialAsync(id, body, user, ct).ToHttpAsync()).WithName("RequestMaterial").WithSummary("要求申请人补充资料或视频核验");
        group.MapPost("/orders/{id:guid}/video", (Guid id, VideoReview.Request body, ClaimsPrincipal user, VideoReview video, CancellationToken ct) => video.RequestAsync(id, body, user, ct).ToHttpAsync()).WithName("RequestVideoVerification").WithSummary("要求视频核验：预约钉钉视频，或要求录制承诺视频（脚本发送至网站负责人邮箱）");
        group.MapPost("/orders/{id:guid}/video/result", (Guid id, VideoReview.Result body, ClaimsPrincipal user, VideoReview video, CancellationToken ct) => video.ResultAsync(id, body, user, ct).ToHttpAsync()).WithName("RecordVideoResult").WithSummary("记录视频核验结果：passed、failed 或 missed（约定时间后1小时内未通过好友申请）");
        group.MapGet("/orders/{id:guid}/real-person", (Guid id, RealPersonReview review, CancellationToken ct) => review.ListAsync(id, ct).ToHttpAsync()).WithName("ReviewRealPerson").WithSummary("各负责人的真人核验结果");
        group.MapPost("/orders/{id:guid}/real-person", (Guid id, RealPersonReview.Decision body, ClaimsPrincipal user, RealPersonReview review, CancellationToken ct) => review.DecideAsync(id, body, user, ct).ToHttpAsync()).WithName("DecideRealPerson").WithSummary("判定转为人工审核的真人核验：passed 为 true 通过，false 不通过");
        group.MapPost("/orders/{id:guid}/approve", (Guid id, ApproveOrder.Request? body, ClaimsPrincipal user, ApproveOrder approve, CancellationToken ct) => approve.HandleAsync(id, body, user, ct).ToHttpAsync()).WithName("ApproveOrder").WithSummary("初审通过并提交管局");
        group.MapPost("/orders/{id:guid}/reject", (Guid id, RejectOrder.Request body, ClaimsPrincipal user, RejectOrder reject, CancellationToken ct) => reject.HandleAsync(id, body, user, ct).ToHttpAsync()).WithName("RejectOrder").WithSummary("按驳回原因库驳回");
        group.MapGet("/orders/{id:guid}/documents/{documentId:guid}/content", (Guid id, Guid documentId, ClaimsPrincipal user, ViewUpload view, HttpResponse response, CancellationToken ct) =>
                view.DocumentAsync(id, documentId, user, asReviewer: true, response, ct))
            .WithName("ReviewDocumentContent").WithSummary("查看申请人上传的资料原图（记入审计日志）");
        group.MapGet("/orders/{id:guid}/video/content", (Guid id, ClaimsPrincipal user, ViewUpload view, HttpResponse response, CancellationToken ct) =>
                view.VideoAsync(id, user, asReviewer: true, response, ct))
            .WithName("ReviewVideoContent").WithSummary("查看承诺视频（记入审计日志）");
        group.MapGet("/orders/{id:guid}/documents", (Guid id, UploadDocument documents, CancellationToken ct) => documents.ListForReviewAsync(id, ct).ToHttpAsync())
            .WithName("ReviewOrderDocuments").WithSummary("订单已上传的资料");
        group.MapPost("/orders/{id:guid}/reveal", (Guid id, RevealPersonalData.Request body, ClaimsPrincipal user, RevealPersonalData reveal, CancellationToken ct) => reveal.HandleAsync(id, body, user, ct).ToHttpAsync()).WithName("RevealPersonalData").WithSummary("查看完整个人信息（记入审计日志）");
        api.MapGet("/catalog/rejections", () => TypedResults.Ok(RejectionCatalog.All)).WithTags("规则与目录").WithName("RejectionCatalog").WithSummary("驳回原因库");
        api.MapPost("/support/orders/{id:guid}/abandon", (Guid id, ApplicantActions.Reason body, ClaimsPrincipal user, SupportRelease release, CancellationToken ct) => release.SupportAbandonAsync(id, body, user, ct).ToHttpAsync()).WithTags("客服").RequireAuthorization(p => p.RequireRole(Roles.Support, Roles.Admin)).WithName("SupportAbandon").WithSummary("客服按申请释放（放弃）遗忘账号下的订单");
        api.MapGet("/catalog/withdraw-reasons", () => TypedResults.Ok(ApplicantActions.WithdrawReasons)).WithTags("规则与目录").WithName("WithdrawReasons").WithSummary("撤销原因");
        api.MapGet("/catalog/guidance", (string? topic) => TypedResults.Ok(topic is null ? GuidanceCatalog.All : GuidanceCatalog.For(topic))).WithTags("规则与目录").WithName("Guidance").WithSummary("备案须知：按步骤（start、documents、review、sms、rejected、approved、records、query）整理的提示");
        api.MapGet("/catalog/inspections", () => TypedResults.Ok(InspectionCatalog.All)).WithTags("规则与目录").WithName("InspectionCatalog").WithSummary("专项核查问题库");
        api.MapGet("/catalog/provinces", () => TypedResults.Ok(ProvinceRuleTable.All.OrderBy(p => p.Code, StringComparer.Ordinal))).WithTags("规则与目录").WithName("ProvinceRules").WithSummary("各省规则与参数");
        api.MapGet("/catalog/rules", () => TypedResults.Ok(Beian.Rules.RuleBook.All.Select(r => new { rule = r.GetType().Name, ids = r.Ids }))).WithTags("规则与目录").WithName("RuleBook").WithSummary("规则库：每条校验及其规则编号");
        return api;
    }
}
