using System.Globalization;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Jobs;

/// <summary>
/// The platform clock in sandbox mode: real time plus an offset that staff can move forward to see deadlines act. The
/// offset lives in the database, so every host and every restart sees the same time; each host reloads it on every sweep.
/// </summary>
public sealed class SandboxClock(TimeProvider inner) : TimeProvider
{
    public const string SettingKey = "sandbox.clock.offset-seconds";
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public async Task ReloadAsync(ProviderDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == SettingKey, ct);
        var seconds = setting is null ? 0 : double.Parse(setting.Value, CultureInfo.InvariantCulture);
        Interlocked.Exchange(ref _offsetTicks, TimeSpan.FromSeconds(seconds).Ticks);
    }

    /// <summary>Moves the clock forward; never back, so that nothing that already happened is in the future.</summary>
    public async Task AdvanceAsync(ProviderDb db, TimeSpan by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == SettingKey, ct);
        if (setting is null)
        {
            setting = new Setting { Key = SettingKey, Value = "0" };
            db.Settings.Add(setting);
        }

        var seconds = double.Parse(setting.Value, CultureInfo.InvariantCulture) + by.TotalSeconds;
        setting.Value = seconds.ToString(CultureInfo.InvariantCulture);
        setting.Version++;
        await db.SaveChangesAsync(ct);
        Interlocked.Exchange(ref _offsetTicks, TimeSpan.FromSeconds(seconds).Ticks);
    }
}
