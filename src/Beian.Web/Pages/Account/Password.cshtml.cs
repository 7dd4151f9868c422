using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>修改密码: any signed-in account; a staff account with a first password comes here before anything else.</summary>
[Authorize(Policy = "page:signed-in")]
public sealed class PasswordModel(AccountSessions sessions) : ConsolePage
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public bool FirstSignIn => User.HasClaim(c => c.Type == Sessions.MustChangePasswordClaim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() =>
        Take(await sessions.ChangePasswordAsync(User, new(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty), cookie: true)) is not null
            ? Done("密码已修改，其他设备上的登录已失效。", "/")
            : Page();
}
