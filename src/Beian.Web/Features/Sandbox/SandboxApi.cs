using Beian.Bureau.Data;
using Beian.Bureau.Sandbox;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// Sandbox mode only (DESIGN.md §7): admin endpoints to move the platform clock, run the sweep now, read both outboxes
/// and load the national record. Outside sandbox mode they are not mapped at all.
/// </summary>
public static class SandboxApi
{
    public sealed record AdvanceRequest(double? Minutes, double? Hours, double? Days);

    public sealed record ClockView(DateTimeOffset Now, TimeSpan Offset);

    public static RouteGroupBuilder MapSandbox(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sandbox").WithTags("沙箱").RequireAuthorization(Roles.Admin);
        group.MapGet("/clock", Clock).WithName("SandboxClock").WithSummary("平台时钟");
        group.MapPost("/clock/advance", AdvanceAsync).WithName("AdvanceClock").WithSummary("将平台时钟向前拨");
        group.MapPost("/sweep", SweepAsync).WithName("SweepNow").WithSummary("立即执行一次到期处理（转交管局、同步、超时、失效）");
        group.MapGet("/outbox", OutboxAsync).WithName("DevelopmentOutbox").WithSummary("开发发件箱：平台与工信部发出的全部短信和邮件，最新在前");
        group.MapPost("/accounts/{email}/instances", GrantInstancesAsync).WithName("GrantDemoInstances").WithSummary("为账号开通演示云产品（模拟购买）");
        group.MapPost("/gate-bench/seed", GateBenchData.SeedAsync).WithName("SeedGateBench").WithSummary("压测：批量生成已备案域名并重建阻断快照");
        group.MapPost("/gate-bench/remove", GateBenchData.RemoveAsync).WithName("RemoveGateBenchDomain").WithSummary("压测：删除一个域名（如变更网站），用于测量阻断跟进时间");
        group.MapPost("/compliance-bench/seed", ComplianceBenchData.SeedAsync).WithName("SeedComplianceBench").WithSummary("压测：批量生成由本接入商接入的备案（全国库、本接入商副本与模拟DNS）");

        group.MapBureauFixtures();
        api.MapSandboxShop();
        api.MapSandboxCamera();

        return api;
    }

    private static Ok<ClockView> Clock(TimeProvider time) =>
        TypedResults.Ok(new ClockView(time.GetUtcNow(), time is SandboxClock c ? c.Offset : TimeSpan.Zero));

    public static async Task<Results<Ok<ClockView>, ProblemHttpResult>> AdvanceAsync(AdvanceRequest body, TimeProvider time, ProviderDb db, CancellationToken ct)
    {
        if (time is not SandboxClock clock)
        {
            return Problems.Conflict("clock.not_adjustable", "当前平台时钟不可调整。");
        }

        var by = TimeSpan.FromMinutes(body?.Minutes ?? 0) + TimeSpan.FromHours(body?.Hours ?? 0) + TimeSpan.FromDays(body?.Days ?? 0);
        if (by <= TimeSpan.Zero)
        {
            return Problems.Invalid("clock.forward_only", "只能将时钟向前拨，请填写正数的分钟、小时或天数。");
        }

        await clock.AdvanceAsync(db, by, ct);
        return TypedResults.Ok(new ClockView(clock.GetUtcNow(), clock.Offset));
    }

    public static async Task<NoContent> SweepAsync(SweepRunner runner, CancellationToken ct)
    {
        await runner.RunOnceAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> GrantInstancesAsync(string email, ProviderDb db, TimeProvider time, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var account = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (account is null)
        {
            return Problems.NotFound("account");
        }

        DemoData.AddInstances(db, account.Id, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<OutboxEntry>>> OutboxAsync(ProviderDb provider, BureauDb bureau, CancellationToken ct)
    {
        var ours = await provider.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        var entries = ours.Select(m => new OutboxEntry(m.Id, "provider", m.Channel.ToString().ToLowerInvariant(), m.Phone?.Masked ?? m.Email ?? string.Empty, m.Subject, m.Body, m.CreatedAt, m.DeliveredAt))
            .Concat(await BureauSandboxApi.MiitOutboxAsync(bureau, ct))
            .OrderByDescending(e => e.CreatedAt)
            .ToList();
        return TypedResults.Ok(entries);
    }
}
