using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>注册: the same registration as the API, then signed in with a cookie.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Register)]
public sealed class RegisterModel(RegisterAccount register, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn) : ConsolePage
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var created = Take(await register.RegisterAsync(new(Email, Password, DisplayName), Aborted));
        if (created is null)
        {
            return Page();
        }

        await signIn.SignInAsync((await users.FindByIdAsync(created.Id.ToString()))!, isPersistent: true);
        return Done("注册成功，欢迎使用备案管理平台。", "/console");
    }
}
