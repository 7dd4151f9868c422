using Beian.Instances;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// The demo's people and products: one account per role and cloud instances for the applicant, created once when
/// missing. The password is printed at start; change it anywhere that is not a demo.
/// </summary>
public static class DemoData
{
    public const string Password = "Beian@2026";
    public const string Applicant = "applicant@demo.beian";
    public const string Reviewer = "reviewer@demo.beian";
    public const string BureauOperator = "bureau@demo.beian";
    public const string Admin = "admin@demo.beian";

    private static readonly (string Email, string Name, string Role)[] People =
    [
        (Applicant, "演示申请人", Roles.Applicant),
        (Reviewer, "初审专员小王", Roles.Reviewer),
        (BureauOperator, "管局审核员", Roles.Bureau),
        (Admin, "平台管理员", Roles.Admin),
    ];

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        await EnsurePeopleAsync(services, ct);
        await Beian.Bureau.Registries.DemoRegistries.EnsureAsync(services, ct);
    }

    /// <summary>The platform's roles, in every mode: registration gives each new account the applicant role.</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }
    }

    /// <summary>Outside sandbox: disables demo accounts a sandbox run left in the database, and ends their sessions.</summary>
    public static async Task DisableAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        foreach (var (email, _, _) in People)
        {
            if (await users.FindByEmailAsync(email) is { DisabledAt: null } user)
            {
                user.DisabledAt = time.GetUtcNow();
                await users.UpdateSecurityStampAsync(user);
            }
        }
    }

    private static async Task EnsurePeopleAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<PlatformUser>>();
        var time = sp.GetRequiredService<TimeProvider>();
        var db = sp.GetRequiredService<ProviderDb>();
        foreach (var (email, name, role) in People)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new PlatformUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = time.GetUtcNow() };
            if (role == Roles.Applicant)
            {
                // The demo applicant has done its real-name verification, as most accounts have by the time they file.
                (user.RealNameKind, user.RealName, user.RealNameVerifiedAt) = (VerifyRealName.Individual, name, time.GetUtcNow());
            }

            // The published demo password is on the common-password list: it is set here past the policy, in sandbox only.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, role);
            if (role == Roles.Applicant)
            {
                AddInstances(db, user.Id, time.GetUtcNow());
                await db.SaveChangesAsync(ct);
            }
        }
    }

    /// <summary>Eligible mainland instances, and one outside the mainland to show that it needs no filing.</summary>
    public static void AddInstances(ProviderDb db, Guid accountId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var suffix = accountId.ToString("N")[^6..];
        db.Instances.AddRange(
            new CloudInstance { Id = Guid.CreateVersion7(now), InstanceId = $"i-bp1{suffix}ecs", AccountId = accountId, ProductType = "ecs", Region = "cn-hangzhou", Mainland = true, Billing = BillingType.Subscription, SubscriptionMonths = 12, BandwidthMbps = 5, PublicIp = "47.96.10.21", ExpiresAt = now.AddYears(1) },
            new CloudInstance { Id = Guid.CreateVersion7(now), InstanceId = $"swas-{suffix}lw", AccountId = accountId, ProductType = "lightweight", Region = "cn-beijing", Mainland = true, Billing = BillingType.Subscription, SubscriptionMonths = 6, BandwidthMbps = 3, PublicIp = "39.105.20.33", ExpiresAt = now.AddMonths(6) },
            new CloudInstance { Id = Guid.CreateVersion7(now), InstanceId = $"i-j6c{suffix}hk", AccountId = accountId, ProductType = "ecs", Region = "cn-hongkong", Mainland = false, Billing = BillingType.Subscription, SubscriptionMonths = 12, BandwidthMbps = 5, PublicIp = "47.242.30.44", ExpiresAt = now.AddYears(1) });
    }

    /// <summary>Whether an address is one of the demo accounts, whose password is published.</summary>
    public static bool IsDemoAccount(string? email) => People.Any(p => string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the demo data is present (used by the start-up banner).</summary>
    public static Task<bool> PresentAsync(ProviderDb db, CancellationToken ct) => db.Users.AnyAsync(u => u.Email == Applicant, ct);
}
