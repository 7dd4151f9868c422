using Beian.Web.Features.Accounts;
using Beian.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>登录: a sign-in cookie for the console; the API signs in at /api/accounts/login.</summary>
public sealed class SignInModel(SignInManager<PlatformUser> signIn, IConfiguration configuration) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyList<(string Email, string Role)>? DemoAccounts =>
        configuration.GetValue("Platform:DemoData", true)
            ? [(DemoData.Applicant, "申请人"), (DemoData.Reviewer, "初审员"), (DemoData.BureauOperator, "管局审核员"), (DemoData.Admin, "管理员")]
            : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(Email ?? string.Empty, Password ?? string.Empty, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Succeeded(Problems.Problem(StatusCodes.Status401Unauthorized, "auth.invalid_credentials", result.IsLockedOut ? "密码错误次数过多，账号已暂时锁定，请稍后再试。" : "邮箱或密码不正确。"));
        return Page();
    }
}
