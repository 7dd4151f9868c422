using Beian.PersonalData;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>The lockout of sign-in, as a rule on stored times (the clock is the platform's <see cref="TimeProvider"/>).</summary>
public sealed class SignInThrottle(ProviderDb db, PersonalDataProtector protector, TimeProvider time)
{
    /// <summary>Wrong passwords allowed within <see cref="Window"/> before the pair is locked.</summary>
    public const int FailuresAllowed = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    /// <summary>How long the pair stays locked, or null when it may try.</summary>
    public async Task<TimeSpan?> LockedForAsync(string email, string client, CancellationToken ct)
    {
        var row = await db.SignInFailures.AsNoTracking().SingleOrDefaultAsync(f => f.Key == KeyOf(email, client), ct);
        var now = time.GetUtcNow();
        return row?.LockedUntil is { } until && until > now ? until - now : null;
    }

    public async Task FailedAsync(string email, string client, CancellationToken ct)
    {
        var key = KeyOf(email, client);
        var now = time.GetUtcNow();
        var row = await db.SignInFailures.SingleOrDefaultAsync(f => f.Key == key, ct);
        if (row is null)
        {
            db.SignInFailures.Add(row = new SignInFailure { Key = key, FirstAt = now });
        }
        else if (now - row.FirstAt > Window || row.LockedUntil <= now)
        {
            (row.Count, row.FirstAt, row.LockedUntil) = (0, now, null);
        }

        row.Count++;
        if (row.Count >= FailuresAllowed)
        {
            row.LockedUntil = now + LockFor;
        }

        await SaveAsync(ct);
    }

    public async Task SucceededAsync(string email, string client, CancellationToken ct)
    {
        var key = KeyOf(email, client);
        await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>Forgets pairs whose window and lock have both passed; run by the sweep.</summary>
    public Task<int> ForgetOldAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow() - Window - LockFor;
        return db.SignInFailures.Where(f => f.FirstAt < before).ExecuteDeleteAsync(ct);
    }

    private string KeyOf(string email, string client) =>
        protector.IndexOf($"sign-in|{email.Trim().ToUpperInvariant()}|{client}", PersonalDataKind.CertificateNumber);

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two wrong passwords of one pair at once: one of them is counted, which is enough to slow a guesser.
            db.ChangeTracker.Clear();
        }
    }
}
