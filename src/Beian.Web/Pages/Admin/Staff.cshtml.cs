using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Admin;

/// <summary>员工账号: the admin invites staff, disables and re-enables them and changes their roles.</summary>
public sealed class StaffModel(StaffAccounts staff) : ConsolePage
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    /// <summary>The first password of the account just invited: shown on this answer only.</summary>
    public InvitedStaff? Invited { get; private set; }

    public IReadOnlyList<StaffView> Accounts { get; private set; } = [];

    public static IReadOnlyList<(string Value, string Text)> RoleChoices { get; } = [.. Roles.Staff.Select(r => (r, Roles.ChineseName(r)))];

    public async Task OnGetAsync() => Accounts = await staff.ListAsync(Aborted);

    public async Task<IActionResult> OnPostInviteAsync()
    {
        Invited = Take(await staff.InviteAsync(new(Email ?? string.Empty, Role ?? string.Empty, DisplayName), StaffApi.ActorOf(User), Aborted));
        Accounts = await staff.ListAsync(Aborted);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id) =>
        await AfterAsync(await staff.DisableAsync(id, StaffApi.ActorOf(User), Aborted), "账号已停用，其登录已失效。");

    public async Task<IActionResult> OnPostEnableAsync(Guid id) =>
        await AfterAsync(await staff.EnableAsync(id, StaffApi.ActorOf(User), Aborted), "账号已重新启用。");

    public async Task<IActionResult> OnPostRoleAsync(Guid id) =>
        await AfterAsync(await staff.ChangeRoleAsync(id, new(Role ?? string.Empty), StaffApi.ActorOf(User), Aborted), "角色已调整，该账号须重新登录。");

    private async Task<IActionResult> AfterAsync(Result<StaffView> result, string done)
    {
        if (Take(result) is not null)
        {
            return Done(done, "/admin/staff");
        }

        Accounts = await staff.ListAsync(Aborted);
        return Page();
    }
}
