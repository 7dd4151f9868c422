using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>退出: ends the console's sign-in, and with it every other sign-in of the account.</summary>
public sealed class SignOutModel(AccountSessions sessions) : ConsolePage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync(User);
        return Done("您已退出登录。", "/");
    }
}
