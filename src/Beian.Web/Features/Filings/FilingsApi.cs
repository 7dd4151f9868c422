using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;

namespace Beian.Web.Features.Filings;

public static class FilingsApi
{
    /// <summary>The applicant's use cases on orders, which the console's pages call as the API does.</summary>
    public static IServiceCollection AddFilings(this IServiceCollection services) => services
        .AddScoped<StartFiling>().AddScoped<EditDraft>().AddScoped<UploadDocument>().AddScoped<VerifyRealPerson>().AddScoped<SubmitOrder>()
        .AddScoped<MyOrders>().AddScoped<ApplicantActions>().AddScoped<ResubmitToBureau>().AddScoped<SubmitVideo>().AddScoped<BookCallback>().AddScoped<ReuseDocument>().AddScoped<SharedUpload>().AddScoped<FilingTemplates>().AddSingleton<Beian.Web.Infrastructure.Pdf.PdfDocuments>();

    public static RouteGroupBuilder MapFilings(this RouteGroupBuilder api)
    {
        api.MapPost("/filings/basic-check", (StartFiling.Request request, ClaimsPrincipal user, StartFiling start, CancellationToken ct) => start.CheckAsync(request, user, ct).ToHttpAsync()).WithTags("备案订单").RequireAuthorization(Roles.Applicant)
            .AllowApiKey(Beian.Accounts.ApiScopes.ManageOrders).WithName("BasicCheck").WithSummary("基础信息校验（不建单）：返回备案类型或阻断原因");
        var group = api.MapGroup("/orders").WithTags("备案订单").RequireAuthorization(Roles.Applicant).AllowApiKey(Beian.Accounts.ApiScopes.ManageOrders);
        group.MapPost("/", (StartFiling.Request request, ClaimsPrincipal user, StartFiling start, CancellationToken ct) => start.StartAsync(request, user, ct).ToCreatedAsync(o => $"/api/orders/{o.Id}")).WithName("StartFiling").WithSummary("基础信息校验并创建备案订单草稿");
        group.MapGet("/", async (ClaimsPrincipal user, MyOrders orders, CancellationToken ct) => TypedResults.Ok(await orders.ListAsync(user, ct))).WithName("MyOrders").WithSummary("我的备案订单");
        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, MyOrders orders, CancellationToken ct) => orders.GetAsync(id, user, ct).ToHttpAsync()).WithName("MyOrder").WithSummary("订单详情、进度与可执行操作");
        group.MapGet("/{id:guid}/draft", (Guid id, ClaimsPrincipal user, EditDraft edit, CancellationToken ct) => edit.GetAsync(id, user, ct).ToHttpAsync()).WithName("GetDraft").WithSummary("读取草稿（编辑期间显示完整信息）");
        group.MapPut("/{id:guid}/draft", (Guid id, DraftInput input, ClaimsPrincipal user, EditDraft edit, CancellationToken ct) => edit.PutAsync(id, input, user, ct).ToHttpAsync()).WithName("EditDraft").WithSummary("保存主办者、网站与负责人信息");
        group.MapPost("/{id:guid}/documents", (Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? kind, [Microsoft.AspNetCore.Mvc.FromForm] string? role, [Microsoft.AspNetCore.Mvc.FromForm] DateOnly? issuedOn, [Microsoft.AspNetCore.Mvc.FromForm] DateOnly? expiresOn, ClaimsPrincipal user, UploadDocument upload, CancellationToken ct) =>
                upload.HandleAsync(id, file, kind, role, issuedOn, expiresOn, user, ct).ToCreatedAsync(d => $"/api/orders/{id}/documents/{d.Id}"))
           .DisableAntiforgery().WithName("UploadDocument").WithSummary("上传资料（JPG/PNG/GIF，200KB-4MB；APP图标 app-icon 为100KB以内的JPG/PNG）");
        group.MapGet("/{id:guid}/video", (Guid id, ClaimsPrincipal user, SubmitVideo video, CancellationToken ct) => video.GetAsync(id, user, ct).ToHttpAsync()).WithName("VideoVerification").WithSummary("视频核验：方式、状态与承诺视频脚本");
        group.MapPost("/{id:guid}/video", (Guid id, IFormFile? file, ClaimsPrincipal user, SubmitVideo video, CancellationToken ct) => video.UploadAsync(id, file, user, ct).ToHttpAsync()).DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: VideoVerification.MaxVideoSize + (1 << 20))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(VideoVerification.MaxVideoSize + (1 << 20)))
            .WithName("UploadCommitmentVideo").WithSummary("上传承诺视频（MP4、AVI、MPEG、MOV、WMV，不超过1GB）");
        group.MapPost("/{id:guid}/video/confirm", (Guid id, ClaimsPrincipal user, SubmitVideo video, CancellationToken ct) => video.ConfirmAppointmentAsync(id, user, ct).ToHttpAsync()).WithName("ConfirmVideoAppointment").WithSummary("确认钉钉视频核验的约定时间（订单回到初审）");
        group.MapPost("/{id:guid}/video/give-up", (Guid id, ClaimsPrincipal user, SubmitVideo video, CancellationToken ct) => video.GiveUpAsync(id, user, ct).ToHttpAsync()).WithName("GiveUpVideoVerification").WithSummary("放弃视频核验（订单随即以 REJ-VIDEO-ABANDONED 驳回）");
        group.MapPost("/{id:guid}/real-person/id-card", (Guid id, IFormFile? file, ClaimsPrincipal user, VerifyRealPerson verify, CancellationToken ct) => verify.ReadIdCardAsync(id, file, user, ct).ToHttpAsync()).DisableAntiforgery().WithName("ReadIdCard").WithSummary("真人核验：识别身份证照片，返回用于填写负责人信息的姓名、证件号码与住址");
        group.MapPost("/{id:guid}/real-person/face", (Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? role, ClaimsPrincipal user, VerifyRealPerson verify, CancellationToken ct) => verify.CaptureFaceAsync(id, file, role, user, ct).ToHttpAsync()).DisableAntiforgery().WithName("CaptureFace").WithSummary("真人核验：采集负责人人脸与公安库比对（role 指定负责人；多次失败转人工审核）");
        group.MapGet("/{id:guid}/real-person", (Guid id, ClaimsPrincipal user, VerifyRealPerson verify, CancellationToken ct) => verify.ListAsync(id, user, ct).ToHttpAsync()).WithName("RealPersonVerifications").WithSummary("各负责人的真人核验结果");
        group.MapGet("/{id:guid}/documents/{documentId:guid}/content", (Guid id, Guid documentId, ClaimsPrincipal user, ViewUpload view, HttpResponse response, CancellationToken ct) =>
                view.DocumentAsync(id, documentId, user, asReviewer: false, response, ct))
            .WithName("DocumentContent").WithSummary("查看本人上传的资料原图");
        group.MapGet("/{id:guid}/video/content", (Guid id, ClaimsPrincipal user, ViewUpload view, HttpResponse response, CancellationToken ct) =>
                view.VideoAsync(id, user, asReviewer: false, response, ct))
            .WithName("VideoContent").WithSummary("查看本人上传的承诺视频");
        group.MapGet("/{id:guid}/documents", (Guid id, ClaimsPrincipal user, UploadDocument upload, CancellationToken ct) => upload.ListAsync(id, user, ct).ToHttpAsync()).WithName("OrderDocuments").WithSummary("已上传的资料");
        group.MapGet("/{id:guid}/findings", (Guid id, ClaimsPrincipal user, MyOrders orders, CancellationToken ct) => orders.FindingsAsync(id, user, ct).ToHttpAsync()).WithName("DraftFindings").WithSummary("按字段列出规则校验结果（不提交）");
        group.MapGet("/{id:guid}/library", (Guid id, ClaimsPrincipal user, ReuseDocument library, CancellationToken ct) => library.LibraryAsync(id, user, ct).ToHttpAsync())
            .WithName("DocumentLibrary").WithSummary("资料库：本账号以往订单上传的资料，标明能否用于本订单（证件有效期剩余3个月以上、证明文件在本省规定的期限内）");
        group.MapPost("/{id:guid}/documents/from-library", (Guid id, ReuseDocument.Request body, ClaimsPrincipal user, ReuseDocument library, CancellationToken ct) => library.HandleAsync(id, body, user, ct).ToHttpAsync())
            .WithName("ReuseDocument").WithSummary("从资料库选择：把资料库中的一份资料放入本订单的一个或多个同类资料位，无需重新上传");
        group.MapPost("/{id:guid}/share-links", (Guid id, SharedUpload.Request body, ClaimsPrincipal user, SharedUpload share, CancellationToken ct) => share.CreateAsync(id, body, user, ct).ToCreatedAsync(c => c.Path))
            .WithName("CreateShareLink").WithSummary("分享给负责人：为一位负责人生成30分钟内有效的链接，对方可用手机上传本人身份证并完成真人核验（链接只显示这一次）");
        group.MapGet("/{id:guid}/templates/{name}", async (Guid id, string name, ClaimsPrincipal user, FilingTemplates templates, CancellationToken ct) =>
                Beian.Web.Infrastructure.Pdf.PdfDocuments.Send(await templates.GenerateAsync(id, name, user, ct)))
            .WithName("OrderTemplate").WithSummary("资料模板（PDF，按订单信息填写）：authorisation-letter 授权书、commitment-letter 承诺书、construction-plan 网站建设方案书");
        group.MapPost("/{id:guid}/callback", (Guid id, BookCallback.Request body, ClaimsPrincipal user, BookCallback book, CancellationToken ct) => book.RequestAsync(id, body, user, ct).ToCreatedAsync(_ => $"/api/orders/{id}/callback"))
            .WithName("BookCallback").WithSummary("预约回电：初审期间申请人指定方便接听审核电话的时段（7天内、至少30分钟），新的预约替换未回电的预约");
        group.MapGet("/{id:guid}/callback", (Guid id, ClaimsPrincipal user, BookCallback book, CancellationToken ct) => book.MineAsync(id, user, ct).ToHttpAsync())
            .WithName("MyCallbacks").WithSummary("本订单的回电预约");
        group.MapPost("/{id:guid}/submit", (Guid id, SubmitOrder.Request? body, ClaimsPrincipal user, SubmitOrder submit, CancellationToken ct) => submit.HandleAsync(id, body, user, ct).ToHttpAsync()).WithName("SubmitOrder").WithSummary("提交备案");
        group.MapPost("/{id:guid}/supply-material", (Guid id, ApplicantActions.Reason? body, ClaimsPrincipal user, ApplicantActions actions, CancellationToken ct) => actions.SupplyMaterialAsync(id, body, user, ct).ToHttpAsync()).WithName("SupplyMaterial").WithSummary("已按要求补充资料，返回初审");
        group.MapPost("/{id:guid}/withdraw", (Guid id, ApplicantActions.Reason body, ClaimsPrincipal user, ApplicantActions actions, CancellationToken ct) => actions.WithdrawAsync(id, body, user, ct).ToHttpAsync()).WithName("WithdrawOrder").WithSummary("撤销备案（提交管局前）");
        group.MapPost("/{id:guid}/escalate", (Guid id, ClaimsPrincipal user, ApplicantActions actions, CancellationToken ct) => actions.EscalateAsync(id, user, ct).ToHttpAsync()).WithName("EscalateOrder").WithSummary("催办：初审环节超过3个工作日未处理时");
        group.MapPost("/{id:guid}/abandon", (Guid id, ClaimsPrincipal user, ApplicantActions actions, CancellationToken ct) => actions.AbandonAsync(id, user, ct).ToHttpAsync()).WithName("AbandonOrder").WithSummary("放弃备案");
        group.MapPost("/{id:guid}/resubmit-to-bureau", (Guid id, ClaimsPrincipal user, ResubmitToBureau resubmit, CancellationToken ct) => resubmit.HandleAsync(id, user, ct).ToHttpAsync()).WithName("ResubmitToBureau").WithSummary("被退回的订单原样重新提交管局");
        group.MapPost("/{id:guid}/return-for-changes", (Guid id, ClaimsPrincipal user, ApplicantActions actions, CancellationToken ct) => actions.ReturnForChangesAsync(id, user, ct).ToHttpAsync()).WithName("ReturnForChanges").WithSummary("被退回的订单修改资料后重新初审");
        return api;
    }
}
