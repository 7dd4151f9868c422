using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>退出: ends the console's sign-in cookie.</summary>
public sealed class SignOutModel(SignInManager<PlatformUser> signIn) : ConsolePage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Done("您已退出登录。", "/");
    }
}
