using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Account;

/// <summary>
/// 找回账号: a code to the security phone by login e-mail or by the certificate number filed under the account (the D03
/// dialog's 「忘记原账号」), a new password with that code, or an appeal when the phone is gone (R-ACCT-05).
/// </summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Recover)]
public sealed class RecoverModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    /// <summary>Posted, never in the address: a certificate number is personal data.</summary>
    [BindProperty]
    public string? CertificateNumber { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? NewPhone { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public string? Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        Sent = (await Service<RecoverAccount>().SendAsync(new(Email, CertificateNumber), Aborted)).Message;
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        var recovered = Take(await Service<RecoverAccount>().ResetAsync(new(Email, CertificateNumber, Code, NewPassword), Aborted));
        return recovered is null ? Page() : Done($"密码已重置，账号的登录邮箱为 {recovered.Email}，请用新密码登录。", "/account/sign-in");
    }

    public async Task<IActionResult> OnPostAppealAsync()
    {
        return Take(await Service<AccountAppeals>().SubmitAsync(Email, NewPhone, Reason, Photo, Aborted)) is null
            ? Page()
            : Done("申诉已提交。客服核实后将通过邮件通知结果；通过后新手机即为安全手机，可回到本页找回账号。", "/account/sign-in");
    }
}
