using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Platform;

namespace Beian.Bureau;

/// <summary>An application as the bureau operator sees it.</summary>
public sealed record ApplicationView(
    string Id,
    string OrderNumber,
    FilingType Type,
    string TypeName,
    string ProvinceCode,
    ApplicationState State,
    string SubjectName,
    IReadOnlyList<string> Domains,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? SmsDeadline,
    int WrongAttempts,
    int PrincipalsToVerify,
    int PrincipalsVerified);

/// <summary>The bureau operator's pages (管局审核): the review queue and the decision.</summary>
public static class BureauApi
{
    public sealed record RejectRequest([property: JsonRequired] IReadOnlyList<OrderRejectionInput>? Reasons);

    public sealed record OrderRejectionInput([property: JsonRequired] string? Code, string? Remark = null);

    public static RouteGroupBuilder MapBureau(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/bureau").WithTags("管局（模拟）").RequireAuthorization(Roles.Bureau);
        group.MapGet("/applications", async (ApplicationState? state, string? province, string? orderNumber, int? page, BureauReview review, CancellationToken ct) => TypedResults.Ok(await review.ListAsync(state, ct, province, orderNumber, page ?? 1)))
            .WithName("BureauApplications").WithSummary("管局收到的备案申请：按状态、省份或订单号筛选，每页50条（待审核的最早在前）");
        group.MapGet("/applications/{id}", (string id, BureauReview review, CancellationToken ct) => review.GetAsync(id, ct).ToHttpAsync()).WithName("BureauApplication").WithSummary("一份申请的全部内容（主体、负责人、各网站和APP、短信核验、驳回记录；证件号码与电话已脱敏）");
        group.MapPost("/applications/{id}/approve", (string id, ClaimsPrincipal user, BureauReview review, CancellationToken ct) => review.ApproveAsync(id, user, ct).ToNoContentAsync()).WithName("BureauApprove").WithSummary("管局审核通过，分配备案号");
        group.MapPost("/applications/{id}/reject", (string id, RejectRequest body, ClaimsPrincipal user, BureauReview review, CancellationToken ct) => review.RejectAsync(id, body, user, ct).ToNoContentAsync()).WithName("BureauReject").WithSummary("管局审核驳回");
        group.MapPost("/records/{icpNumber}/cancel", CancelRecord.HandleAsync).WithName("BureauCancelRecord").WithSummary("管局注销备案：主办者申请（含线下）、过期域名新持有者申请、长期无接入、违法违规（可列入黑名单）");
        return api;
    }
}
