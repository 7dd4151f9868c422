using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Infrastructure;
using Beian.Web.Integrations.Registries;
using Beian.Web.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>One message of either outbox, as the development outbox page shows it.</summary>
public sealed record OutboxEntry(Guid MessageId, string Side, string Channel, string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);

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
        group.MapPost("/registries", LoadRegistriesAsync).WithName("LoadRegistries").WithSummary("向域名注册库、工商信息库、公安库与黑名单（模拟）导入记录");
        group.MapPost("/registries/{registry}", LoadRegistryCsvAsync).WithName("LoadRegistryCsv")
            .WithSummary("以CSV向模拟登记库导入记录：registry 为 domains、businesses 或 identities，请求体为带表头的CSV");
        group.MapPost("/gate-bench/seed", GateBenchData.SeedAsync).WithName("SeedGateBench").WithSummary("压测：批量生成已备案域名并重建阻断快照");
        group.MapPost("/gate-bench/remove", GateBenchData.RemoveAsync).WithName("RemoveGateBenchDomain").WithSummary("压测：删除一个域名（如变更网站），用于测量阻断跟进时间");
        group.MapPost("/compliance-bench/seed", ComplianceBenchData.SeedAsync).WithName("SeedComplianceBench").WithSummary("压测：批量生成由本接入商接入的备案（全国库、本接入商副本与模拟DNS）");
        group.MapPost("/national-record", NationalRecordFixtures.LoadAsync).WithName("LoadNationalRecord").WithSummary("向工信部备案库（模拟）导入记录");

        api.MapSandboxShop();

        // The phone camera of the sandbox is every applicant's: it takes the photos real-person verification reads.
        var camera = api.MapGroup("/sandbox/camera").WithTags("沙箱").RequireAuthorization();
        camera.MapPost("/id-card", (IdCardShot body) => TypedResults.File(SimulatedCamera.IdCard(body.Name ?? string.Empty, body.Number ?? string.Empty, body.Address ?? string.Empty), "image/jpeg", "id-card.jpg"))
            .WithName("SandboxIdCardPhoto").WithSummary("模拟手机拍摄身份证人像面（供真人核验识别）");
        camera.MapPost("/face", (FaceShot body) => TypedResults.File(SimulatedCamera.Face(body.Number ?? string.Empty, body.GoodLight ?? true), "image/jpeg", "face.jpg"))
            .WithName("SandboxFacePhoto").WithSummary("模拟手机采集某人的人脸（goodLight 为 false 时光线不足）");
        return api;
    }

    public sealed record IdCardShot(
        [property: System.Text.Json.Serialization.JsonRequired] string? Name,
        [property: System.Text.Json.Serialization.JsonRequired] string? Number,
        [property: System.Text.Json.Serialization.JsonRequired] string? Address);

    public sealed record FaceShot([property: System.Text.Json.Serialization.JsonRequired] string? Number, bool? GoodLight = null);

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

    private static async Task<Results<Ok<RegistryFixtures.Loaded>, ProblemHttpResult>> LoadRegistryCsvAsync(
        string registry, HttpRequest request, RegistryFixtures fixtures, CancellationToken ct)
    {
        if (!RegistryCsv.Required.ContainsKey(registry))
        {
            return Problems.NotFound("registry");
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var (body, error) = RegistryCsv.Parse(registry, await reader.ReadToEndAsync(ct));
        return body is null ? Problems.Invalid("registry.csv_invalid", error!) : await LoadRegistriesAsync(body, fixtures, ct);
    }

    private static async Task<Results<Ok<RegistryFixtures.Loaded>, ProblemHttpResult>> LoadRegistriesAsync(RegistryFixtures.Request body, RegistryFixtures fixtures, CancellationToken ct)
    {
        var (loaded, error) = await fixtures.LoadAsync(body, ct);
        return loaded is null ? Problems.Invalid("fixture.invalid", error!) : TypedResults.Ok(loaded);
    }

    public static async Task<Ok<List<OutboxEntry>>> OutboxAsync(ProviderDb provider, BureauDb bureau, CancellationToken ct)
    {
        var ours = await provider.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        var miit = await bureau.Sms.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        var entries = ours.Select(m => new OutboxEntry(m.Id, "provider", m.Channel.ToString().ToLowerInvariant(), m.Phone?.Masked ?? m.Email ?? string.Empty, m.Subject, m.Body, m.CreatedAt, m.DeliveredAt))
            .Concat(miit.Select(m => new OutboxEntry(m.Id, "miit", "sms", m.To.Masked, "工信部短信", m.Text, m.CreatedAt, m.DeliveredAt)))
            .OrderByDescending(e => e.CreatedAt)
            .ToList();
        return TypedResults.Ok(entries);
    }
}
