using System.Security.Cryptography;
using Beian.Platform;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Beian.Web.Features.Audit;
using Beian.Web.Features.Sandbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Staff;

/// <summary>A staff account as the admin's page lists it.</summary>
public sealed record StaffView(Guid Id, string Email, string DisplayName, string Role, string RoleName, bool Disabled, bool MustChangePassword, DateTimeOffset CreatedAt);

/// <summary>A new staff account and its first password, which is shown this once and never stored in clear.</summary>
public sealed record InvitedStaff(StaffView Account, string FirstPassword);

/// <summary>
/// 员工账号: the provider's reviewers, support and admins (and, where the bureau simulator runs, its operators). An
/// admin invites one with a role and a generated first password that must be changed at the first sign-in, disables
/// and re-enables it, or gives it another role; every change is written to the audit log, and disabling or re-roling
/// ends the account's sessions at once. The command line (<c>users add</c>) calls the same service with no admin.
/// </summary>
public sealed class StaffAccounts(UserManager<PlatformUser> users, ProviderDb db, TimeProvider time, Microsoft.Extensions.Options.IOptions<PlatformOptions> platform)
{
    /// <summary>Who acts: an admin, or the operator at the command line.</summary>
    public sealed record Actor(Guid Id, string Name)
    {
        public static readonly Actor CommandLine = new(Guid.Empty, "命令行");
    }

    public sealed record Invitation(
        [property: System.Text.Json.Serialization.JsonRequired] string? Email,
        [property: System.Text.Json.Serialization.JsonRequired] string? Role,
        string? DisplayName = null);

    public sealed record RoleChange([property: System.Text.Json.Serialization.JsonRequired] string? Role);

    public async Task<List<StaffView>> ListAsync(CancellationToken ct)
    {
        var staff = await (from user in db.Users
                           join link in db.UserRoles on user.Id equals link.UserId
                           join role in db.Roles on link.RoleId equals role.Id
                           where role.Name != Roles.Applicant
                           select new { user, role = role.Name! }).AsNoTracking().ToListAsync(ct);
        return [.. staff.OrderBy(s => s.user.Email, StringComparer.Ordinal).Select(s => ViewOf(s.user, s.role))];
    }

    public async Task<Result<InvitedStaff>> InviteAsync(Invitation body, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(actor);
        if (body.Role is null || !Roles.Staff.Contains(body.Role))
        {
            return Problems.Invalid("staff.role_unknown", $"角色须为以下之一：{string.Join("、", Roles.Staff)}。");
        }

        if (string.IsNullOrWhiteSpace(body.Email))
        {
            return Problems.Invalid("account.fields_required", "请填写邮箱。");
        }

        var email = body.Email.Trim();
        var user = new PlatformUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(body.DisplayName) ? email : body.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
            MustChangePassword = true,
        };
        var password = FirstPassword();
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
        }

        if (!created.Succeeded)
        {
            var first = created.Errors.First();
            return first.Code is "DuplicateUserName" or "DuplicateEmail"
                ? Problems.Conflict("staff.email_taken", "该邮箱已有账号。")
                : Problems.Invalid("account." + first.Code, RegisterAccount.Explain(first));
        }

        await users.AddToRoleAsync(user, body.Role);
        await AuditAsync(actor, "staff.invited", user, $"角色：{body.Role}", ct);
        return new InvitedStaff(ViewOf(user, body.Role), password);
    }

    public Task<Result<StaffView>> DisableAsync(Guid id, Actor actor, CancellationToken ct) =>
        ChangeAsync(id, actor, "staff.disabled", null, user =>
        {
            if (user.Id == actor.Id)
            {
                return Task.FromResult<ProblemHttpResult?>(Problems.Conflict("staff.self", "不能停用自己的账号。"));
            }

            user.DisabledAt ??= time.GetUtcNow();
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);

    public Task<Result<StaffView>> EnableAsync(Guid id, Actor actor, CancellationToken ct) =>
        ChangeAsync(id, actor, "staff.enabled", null, user =>
        {
            if (!platform.Value.Sandbox && DemoData.IsDemoAccount(user.Email))
            {
                // Its password is published: outside sandbox it stays off.
                return Task.FromResult<ProblemHttpResult?>(Problems.Conflict("staff.demo_account", "演示账号的密码是公开的，沙箱模式以外不能启用。"));
            }

            user.DisabledAt = null;
            return Task.FromResult<ProblemHttpResult?>(null);
        }, ct);

    public Task<Result<StaffView>> ChangeRoleAsync(Guid id, RoleChange body, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ChangeAsync(id, actor, "staff.role-changed", $"新角色：{body.Role}", async user =>
        {
            if (body.Role is null || !Roles.Staff.Contains(body.Role))
            {
                return Problems.Invalid("staff.role_unknown", $"角色须为以下之一：{string.Join("、", Roles.Staff)}。");
            }

            if (user.Id == actor.Id)
            {
                return Problems.Conflict("staff.self", "不能修改自己的角色。");
            }

            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, body.Role!);
            return null;
        }, ct);
    }

    /// <summary>A first password that meets the policy: 16 characters from each class, from a cryptographic source.</summary>
    public static string FirstPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#%+-=?@";
        var all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }

    private async Task<Result<StaffView>> ChangeAsync(
        Guid id, Actor actor, string action, string? reason, Func<PlatformUser, Task<ProblemHttpResult?>> change, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        var roles = user is null ? [] : await users.GetRolesAsync(user);
        if (user is null || roles.Contains(Roles.Applicant) || roles.Count == 0)
        {
            return Problems.NotFound("staff");
        }

        if (await change(user) is { } refused)
        {
            return refused;
        }

        // A disabled or re-roled account must not keep acting under its old sign-in.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(actor, action, user, reason, ct);
        return ViewOf(user, (await users.GetRolesAsync(user))[0]);
    }

    private async Task AuditAsync(Actor actor, string action, PlatformUser user, string? reason, CancellationToken ct)
    {
        db.Audit.Add(AuditLog.Entry(time, actor.Id, actor.Name, action, $"user/{user.Email}", reason));
        await db.SaveChangesAsync(ct);
    }

    private static StaffView ViewOf(PlatformUser user, string role) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, role, Roles.ChineseName(role), user.DisabledAt is not null, user.MustChangePassword, user.CreatedAt);
}
