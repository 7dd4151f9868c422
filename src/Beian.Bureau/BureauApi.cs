using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Platform;
using Beian.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        group.MapGet("/applications", ListAsync).WithName("BureauApplications").WithSummary("管局收到的备案申请");
        group.MapPost("/applications/{id}/approve", ApproveAsync).WithName("BureauApprove").WithSummary("管局审核通过，分配备案号");
        group.MapPost("/applications/{id}/reject", RejectAsync).WithName("BureauReject").WithSummary("管局审核驳回");
        group.MapPost("/records/{icpNumber}/cancel", CancelRecord.HandleAsync).WithName("BureauCancelRecord").WithSummary("管局注销备案：主办者申请（含线下）、过期域名新持有者申请、长期无接入、违法违规（可列入黑名单）");
        return api;
    }

    public static async Task<Ok<List<ApplicationView>>> ListAsync(ApplicationState? state, BureauDb db, CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking().Include(a => a.Challenges).AsQueryable();
        if (state is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        var list = await query.OrderByDescending(a => a.SubmittedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(list.Select(a => new ApplicationView(
            a.Id, a.OrderNumber, a.Type, a.Type.ChineseName(), a.ProvinceCode, a.State, a.Data.Subject.Name,
            [.. a.Data.Websites.SelectMany(w => w.Domains)], a.SubmittedAt, a.SmsDeadline, a.WrongAttempts,
            a.Challenges.Count, a.Challenges.Count(c => c.VerifiedAt != null))).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ApproveAsync(string id, ClaimsPrincipal user, BureauDecisions decisions, CancellationToken ct)
    {
        try
        {
            var error = await decisions.ApproveAsync(id, user.DisplayName(), ct);
            return error is null ? TypedResults.NoContent() : Problems.From(error);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("application.concurrent_update", "该申请刚被其他人处理，请刷新后查看。");
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RejectAsync(string id, RejectRequest body, ClaimsPrincipal user, BureauDecisions decisions, CancellationToken ct)
    {
        var reasons = body?.Reasons ?? [];
        if (reasons.Count == 0 || reasons.Any(r => RejectionCatalog.Find(r.Code ?? string.Empty) is null))
        {
            return Problems.Invalid("R-REVIEW-11", "驳回须选择驳回原因库中的原因：请至少选择一个驳回原因。", "rejection.unknown_reason");
        }

        try
        {
            var error = await decisions.RejectAsync(id, [.. reasons.Select(r => new OrderRejection(r.Code!, r.Remark, ByBureau: true))], user.DisplayName(), ct);
            return error is null ? TypedResults.NoContent() : Problems.From(error);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("application.concurrent_update", "该申请刚被其他人处理，请刷新后查看。");
        }
    }
}
