using Beian.Platform.Pages;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>账号中心: the account's real-name verification (R-ACCT-07), which some bureaux require before filing.</summary>
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

    public AccountsApi.MeView? Me { get; private set; }

    public async Task OnGetAsync() => Me = await MeAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await Service<VerifyRealName>().HandleAsync(new(Kind, Name, CertificateNumber), User, Aborted);
        if (Take(result) is null)
        {
            Me = await MeAsync();
            return Page();
        }

        return Done("实名认证已完成。", "/console/account");
    }

    private async Task<AccountsApi.MeView?> MeAsync()
    {
        var users = Service<UserManager<PlatformUser>>();
        return await users.GetUserAsync(User) is { } user ? await AccountsApi.ViewAsync(user, users) : null;
    }
}
