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
        group.MapGet("/applications", async (ApplicationState? state, BureauReview review, CancellationToken ct) => TypedResults.Ok(await review.ListAsync(state, ct))).WithName("BureauApplications").WithSummary("管局收到的备案申请");
        group.MapPost("/applications/{id}/approve", (string id, ClaimsPrincipal user, BureauReview review, CancellationToken ct) => review.ApproveAsync(id, user, ct).ToNoContentAsync()).WithName("BureauApprove").WithSummary("管局审核通过，分配备案号");
        group.MapPost("/applications/{id}/reject", (string id, RejectRequest body, ClaimsPrincipal user, BureauReview review, CancellationToken ct) => review.RejectAsync(id, body, user, ct).ToNoContentAsync()).WithName("BureauReject").WithSummary("管局审核驳回");
        group.MapPost("/records/{icpNumber}/cancel", CancelRecord.HandleAsync).WithName("BureauCancelRecord").WithSummary("管局注销备案：主办者申请（含线下）、过期域名新持有者申请、长期无接入、违法违规（可列入黑名单）");
        return api;
    }
}
