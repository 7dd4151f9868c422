using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Beian.Web.Features.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Account;

/// <summary>登录: a sign-in cookie for the console; the API signs in at /api/accounts/login.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(PasswordSignIn signIn, IOptions<PlatformOptions> platform) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The demo accounts, listed only in sandbox mode (the only mode that has them).</summary>
    public IReadOnlyList<(string Email, string Role)>? DemoAccounts =>
        platform.Value is { Sandbox: true, WithDemoData: true }
            ? [(DemoData.Applicant, "申请人"), (DemoData.Reviewer, "初审员"), (DemoData.BureauOperator, "管局审核员"), (DemoData.Admin, "管理员")]
            : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        return Take(await signIn.SignInAsync(Email, Password, RateLimits.ClientOf(HttpContext), cookie: true, Aborted)) is not null
            ? LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/")
            : Page();
    }
}
