using System.Security.Claims;
using Beian.Compliance;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>The special inspection as staff and owners see it: an admin's run of the checks, the cases (all, or an owner's own) and a deadline extended with its reason.</summary>
public sealed class ComplianceCases(ComplianceRun run, ProviderDb db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<CheckReport>>> RunAsync(ComplianceApi.RunRequest? body, CancellationToken ct)
    {
        var checks = body?.Checks ?? [];
        if (checks.Any(c => !ComplianceRun.Checks.Contains(c)))
        {
            return Problems.Invalid("compliance.check_unknown", $"可执行的核查：{string.Join("、", ComplianceRun.Checks)}。");
        }

        return Result.Ok(await run.RunAsync(checks, ct));
    }

    public async Task<List<CaseView>> CasesAsync(CaseState? state, CancellationToken ct)
    {
        var query = db.InspectionCases.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        var cases = await query.OrderByDescending(c => c.OpenedAt).Take(500).ToListAsync(ct);
        return cases.Select(CaseView.Of).ToList();
    }

    public async Task<List<CaseView>> MyCasesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var cases = await db.InspectionCases.AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.OpenedAt).ToListAsync(ct);
        return cases.Select(CaseView.Of).ToList();
    }

    public async Task<Result<CaseView>> ExtendAsync(Guid id, ComplianceApi.ExtendRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        if (body is null || body.Days is < 1 or > 90 || string.IsNullOrWhiteSpace(body.Reason))
        {
            return Problems.Invalid("compliance.extension_invalid", "请填写延长天数（1–90天）和原因。");
        }

        var found = await db.InspectionCases.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (found is null)
        {
            return Problems.NotFound("case");
        }

        if (found.State != CaseState.Open)
        {
            return Problems.Conflict("compliance.case_closed", "该整改事项已结束，不能延期。");
        }

        found.Deadline = found.Deadline.AddDays(body.Days);
        found.Detail += $"（{user.DisplayName()}于{Beian.Time.BeijingTime.Format(time.GetUtcNow())}延期{body.Days}天：{body.Reason}）";
        await db.SaveChangesAsync(ct);
        return CaseView.Of(found);
    }
}
