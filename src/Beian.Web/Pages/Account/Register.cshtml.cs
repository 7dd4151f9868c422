using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>注册: the same registration as the API, then signed in with a cookie.</summary>
public sealed class RegisterModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, TimeProvider time) : ConsolePage
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
        var created = Take<AccountsApi.MeView>((await AccountsApi.RegisterAsync(new(Email, Password, DisplayName), users, time)).Result);
        if (created is null)
        {
            return Page();
        }

        await signIn.SignInAsync((await users.FindByIdAsync(created.Id.ToString()))!, isPersistent: true);
        return Done("注册成功，欢迎使用备案管理平台。", "/console");
    }
}
