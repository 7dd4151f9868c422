using Beian.Bureau.Sandbox;
using Beian.Platform;
using Beian.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// Sandbox mode only (DESIGN.md §7): admin endpoints to move the platform clock, run the sweep now, read both outboxes
/// and load the national record. Outside sandbox mode they are not mapped at all.
/// </summary>
public static class SandboxApi
{
    public sealed record AdvanceRequest(double? Minutes, double? Hours, double? Days);

    public sealed record ClockView(DateTimeOffset Now, TimeSpan Offset);

    public static IServiceCollection AddSandbox(this IServiceCollection services) => services.AddScoped<SandboxActions>();

    public static RouteGroupBuilder MapSandbox(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sandbox").WithTags("沙箱").RequireAuthorization(Roles.Admin);
        group.MapGet("/clock", Clock).WithName("SandboxClock").WithSummary("平台时钟");
        group.MapPost("/clock/advance", (AdvanceRequest body, SandboxActions sandbox, CancellationToken ct) => sandbox.AdvanceAsync(body, ct).ToHttpAsync()).WithName("AdvanceClock").WithSummary("将平台时钟向前拨");
        group.MapPost("/sweep", async (SandboxActions sandbox, CancellationToken ct) =>
        {
            await sandbox.SweepAsync(ct);
            return TypedResults.NoContent();
        }).WithName("SweepNow").WithSummary("立即执行一次到期处理（转交管局、同步、超时、失效）");
        group.MapGet("/outbox", async (SandboxActions sandbox, CancellationToken ct) => TypedResults.Ok(await sandbox.OutboxAsync(ct))).WithName("DevelopmentOutbox").WithSummary("开发发件箱：平台与工信部发出的全部短信和邮件，最新在前");
        group.MapPost("/accounts/{email}/instances", (string email, SandboxActions sandbox, CancellationToken ct) => sandbox.GrantInstancesAsync(email, ct).ToNoContentAsync()).WithName("GrantDemoInstances").WithSummary("为账号开通演示云产品（模拟购买）");
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
}
