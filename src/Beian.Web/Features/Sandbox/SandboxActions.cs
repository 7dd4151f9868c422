using Beian.Bureau.Data;
using Beian.Bureau.Sandbox;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>What sandbox mode lets an admin do: move the platform clock forward, run the sweep now, grant an account the demo instances, read both outboxes.</summary>
public sealed class SandboxActions(ProviderDb db, BureauDb bureau, SweepRunner runner, TimeProvider time)
{
    public async Task<Result<SandboxApi.ClockView>> AdvanceAsync(SandboxApi.AdvanceRequest body, CancellationToken ct)
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
        return new SandboxApi.ClockView(clock.GetUtcNow(), clock.Offset);
    }

    /// <summary>Runs every sweep step once now, as the timer would.</summary>
    public Task SweepAsync(CancellationToken ct) => runner.RunOnceAsync(ct);

    public async Task<Result<Done>> GrantInstancesAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var account = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (account is null)
        {
            return Problems.NotFound("account");
        }

        DemoData.AddInstances(db, account.Id, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<List<OutboxEntry>> OutboxAsync(CancellationToken ct)
    {
        var ours = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        var entries = ours.Select(m => new OutboxEntry(m.Id, "provider", m.Channel.ToString().ToLowerInvariant(), m.Phone?.Masked ?? m.Email ?? string.Empty, m.Subject, m.Body, m.CreatedAt, m.DeliveredAt))
            .Concat(await BureauSandboxApi.MiitOutboxAsync(bureau, ct))
            .OrderByDescending(e => e.CreatedAt)
            .ToList();
        return entries;
    }
}
