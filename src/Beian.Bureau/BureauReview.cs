using System.Security.Claims;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Platform;
using Beian.Reference;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>The bureau operator's side of the simulator: the applications received, and approving (numbers issued) or rejecting one.</summary>
public sealed class BureauReview(BureauDb db, BureauDecisions decisions, PersonalData.PersonalDataProtector protector)
{
    public const int PageSize = 50;

    /// <summary>A page of the applications received: by state and province, or one order number, oldest waiting first.</summary>
    public async Task<List<ApplicationView>> ListAsync(ApplicationState? state, CancellationToken ct, string? province = null, string? orderNumber = null, int page = 1)
    {
        var query = db.Applications.AsNoTracking().Include(a => a.Challenges).AsQueryable();
        if (state is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        if (!string.IsNullOrWhiteSpace(province))
        {
            query = query.Where(a => a.ProvinceCode == province);
        }

        if (orderNumber?.Trim().ToUpperInvariant() is { Length: > 0 } number)
        {
            query = query.Where(a => a.OrderNumber == number);
        }

        // Waiting applications are worked oldest first; decided ones are looked up newest first.
        query = state is ApplicationState.InReview or ApplicationState.AwaitingSms ? query.OrderBy(a => a.SubmittedAt) : query.OrderByDescending(a => a.SubmittedAt);
        var list = await query.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return [.. list.Select(Summary)];
    }

    /// <summary>One application in full, for the decision.</summary>
    public async Task<Result<ApplicationDetail>> GetAsync(string id, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Challenges).FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is null ? Problems.NotFound("application") : ApplicationDetail.Of(Summary(application), application, protector);
    }

    private static ApplicationView Summary(BureauApplication a) => new(
        a.Id, a.OrderNumber, a.Type, a.Type.ChineseName(), a.ProvinceCode, a.State, a.Data.Subject.Name,
        [.. a.Data.Websites.SelectMany(w => w.Domains)], a.SubmittedAt, a.SmsDeadline, a.WrongAttempts,
        a.Challenges.Count, a.Challenges.Count(c => c.VerifiedAt != null));

    public async Task<Result<Done>> ApproveAsync(string id, ClaimsPrincipal user, CancellationToken ct)
    {
        try
        {
            var error = await decisions.ApproveAsync(id, user.DisplayName(), ct);
            return error is null ? Done.Value : Problems.From(error);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("application.concurrent_update", "该申请刚被其他人处理，请刷新后查看。");
        }
    }

    public async Task<Result<Done>> RejectAsync(string id, BureauApi.RejectRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var reasons = body?.Reasons ?? [];
        if (reasons.Count == 0 || reasons.Any(r => RejectionCatalog.Find(r.Code ?? string.Empty) is null))
        {
            return Problems.Invalid("R-REVIEW-11", "驳回须选择驳回原因库中的原因：请至少选择一个驳回原因。", "rejection.unknown_reason");
        }

        try
        {
            var error = await decisions.RejectAsync(id, [.. reasons.Select(r => new OrderRejection(r.Code!, r.Remark, ByBureau: true))], user.DisplayName(), ct);
            return error is null ? Done.Value : Problems.From(error);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("application.concurrent_update", "该申请刚被其他人处理，请刷新后查看。");
        }
    }
}
