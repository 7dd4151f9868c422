using Beian.Accounts;
using Beian.Platform.Pages;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>
/// 账号中心: the account's real-name verification (R-ACCT-07), which some bureaux require before filing, and its security
/// phone (安全手机), which receives the codes a change, a transfer or a recovery asks for.
/// </summary>
public sealed class AccountModel : ConsolePage
{
    public static readonly IReadOnlyList<(string Value, string Text)> Kinds =
        [(VerifyRealName.Individual, "个人"), (VerifyRealName.Enterprise, "企业"), (VerifyRealName.IndividualBusiness, "个体工商户")];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? CertificateNumber { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? CurrentCode { get; set; }

    public AccountsApi.MeView? Me { get; private set; }

    /// <summary>Where the last code went, said once.</summary>
    public string? Sent { get; private set; }

    public async Task OnGetAsync() => Me = await MeAsync();

    public async Task<IActionResult> OnPostRealNameAsync()
    {
        var result = await Service<VerifyRealName>().HandleAsync(new(Kind, Name, CertificateNumber), User, Aborted);
        if (Take(result) is null)
        {
            Me = await MeAsync();
            return Page();
        }

        return Done("实名认证已完成。", "/console/account");
    }

    /// <summary>A code to the phone to bind.</summary>
    public Task<IActionResult> OnPostSendNewAsync() => SendAsync(new(SecurityCodePurpose.BindPhone, Phone));

    /// <summary>A code to the phone bound now, to replace it.</summary>
    public Task<IActionResult> OnPostSendCurrentAsync() => SendAsync(new(SecurityCodePurpose.ReplacePhone));

    public async Task<IActionResult> OnPostBindAsync()
    {
        var bound = Take(await Service<SecurityPhone>().SetAsync(User, new(Phone, Code, CurrentCode), Aborted));
        if (bound is null)
        {
            Me = await MeAsync();
            return Page();
        }

        return Done($"安全手机已设置为{bound.Phone}。", "/console/account");
    }

    private async Task<IActionResult> SendAsync(SecurityPhone.CodeRequest request)
    {
        var sent = Take(await Service<SecurityPhone>().SendAsync(User, request, Aborted));
        Sent = sent is null ? null : $"验证码已发送至{sent.Phone}，10分钟内有效。";
        Me = await MeAsync();
        return Page();
    }

    private async Task<AccountsApi.MeView?> MeAsync()
    {
        var users = Service<UserManager<PlatformUser>>();
        return await users.GetUserAsync(User) is { } user ? await AccountsApi.ViewAsync(user, users) : null;
    }
}
