using System.Security.Claims;
using Beian.Platform;

namespace Beian.Web.Features.Staff;

/// <summary>员工账号管理 (admin): invite, disable, enable and re-role the provider's staff.</summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaff(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/staff").WithTags("员工账号").RequireAuthorization(Roles.Admin);
        group.MapGet("/", async (StaffAccounts staff, CancellationToken ct) => TypedResults.Ok(await staff.ListAsync(ct)))
            .WithName("StaffAccounts").WithSummary("员工账号列表");
        group.MapPost("/", (StaffAccounts.Invitation body, ClaimsPrincipal user, StaffAccounts staff, CancellationToken ct) => staff.InviteAsync(body, ActorOf(user), ct).ToCreatedAsync(i => $"/api/admin/staff/{i.Account.Id}"))
            .WithName("InviteStaff").WithSummary("开通员工账号：返回仅显示一次的初始密码，首次登录须修改");
        group.MapPost("/{id:guid}/disable", (Guid id, ClaimsPrincipal user, StaffAccounts staff, CancellationToken ct) => staff.DisableAsync(id, ActorOf(user), ct).ToHttpAsync())
            .WithName("DisableStaff").WithSummary("停用员工账号（其登录立即失效）");
        group.MapPost("/{id:guid}/enable", (Guid id, ClaimsPrincipal user, StaffAccounts staff, CancellationToken ct) => staff.EnableAsync(id, ActorOf(user), ct).ToHttpAsync())
            .WithName("EnableStaff").WithSummary("重新启用员工账号");
        group.MapPut("/{id:guid}/role", (Guid id, StaffAccounts.RoleChange body, ClaimsPrincipal user, StaffAccounts staff, CancellationToken ct) => staff.ChangeRoleAsync(id, body, ActorOf(user), ct).ToHttpAsync())
            .WithName("ChangeStaffRole").WithSummary("调整员工角色：reviewer、support、admin 或 bureau（模拟管局）");
        return api;
    }

    public static StaffAccounts.Actor ActorOf(ClaimsPrincipal user) => new(user.Id(), user.DisplayName());
}
