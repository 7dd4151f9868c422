using System.Security.Claims;
using Beian.Accounts;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Accounts;

/// <summary>
/// API 密钥: an applicant creates keys for its own machine clients (billing, ticketing, agencies' scripts), each with
/// scopes and an expiry, sees each key once, and revokes keys; every creation and revocation is audited.
/// </summary>
public sealed class ApiKeys(ProviderDb db, TimeProvider time)
{
    public const int MaxActive = 20;
    public const int MaxDays = 730;
    public const int DefaultDays = 365;

    /// <param name="Name">What the key is for, 1–50 characters.</param>
    /// <param name="Scopes">Any of records:read, orders:manage, webhooks.</param>
    /// <param name="ExpiresInDays">1–730 days; 365 when left out.</param>
    public sealed record Request(string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

    /// <summary>A key as its owner sees it: never its secret after creation.</summary>
    public sealed record KeyView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool Usable);

    /// <summary>The new key and its secret, shown this once: the platform keeps only a hash.</summary>
    public sealed record Created(KeyView Key, string Secret);

    public async Task<IReadOnlyList<KeyView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var account = user.Id();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == account).OrderByDescending(k => k.CreatedAt).ToListAsync(ct);
        return [.. keys.Select(k => View(k, now))];
    }

    public async Task<Result<Created>> CreateAsync(Request request, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 50)
        {
            return Problems.Invalid("api_key.name", "请填写密钥名称（1至50个字），便于日后辨认用途。");
        }

        var scopes = request.Scopes ?? [];
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            return Problems.Invalid("api_key.scopes", $"请选择密钥的权限范围：{string.Join("、", ApiScopes.All.Select(s => $"{s}（{ApiScopes.ChineseName(s)}）"))}。");
        }

        var days = request.ExpiresInDays ?? DefaultDays;
        if (days is < 1 or > MaxDays)
        {
            return Problems.Invalid("api_key.expiry", $"有效期须为1至{MaxDays}天。");
        }

        var now = time.GetUtcNow();
        var account = user.Id();
        if (await db.ApiKeys.CountAsync(k => k.AccountId == account && k.RevokedAt == null && k.ExpiresAt > now, ct) >= MaxActive)
        {
            return Problems.Conflict("api_key.too_many", $"每个账号最多有{MaxActive}个有效的 API 密钥，请先吊销不再使用的密钥。");
        }

        var (key, secret) = ApiKey.Create(account, name, scopes, now, now.AddDays(days));
        db.ApiKeys.Add(key);
        db.Audit.Add(AuditLog.Entry(time, account, user.DisplayName(), "api-key.create", key.Prefix, $"{name}：{string.Join(",", key.Scopes)}"));
        await db.SaveChangesAsync(ct);
        return new Created(View(key, now), secret);
    }

    public async Task<Result<KeyView>> RevokeAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var account = user.Id();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.AccountId == account, ct);
        if (key is null)
        {
            return Problems.NotFound("api_key");
        }

        var now = time.GetUtcNow();
        if (key.RevokedAt is null)
        {
            key.RevokedAt = now;
            db.Audit.Add(AuditLog.Entry(time, account, user.DisplayName(), "api-key.revoke", key.Prefix, key.Name));
            await db.SaveChangesAsync(ct);
        }

        return View(key, now);
    }

    private static KeyView View(ApiKey k, DateTimeOffset now) =>
        new(k.Id, k.Name, ApiKey.Marker + k.Prefix, k.Scopes, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt, k.IsUsable(now));
}
