using Beian.Accounts;
using Beian.Platform;
using Beian.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>开发者设置: the account's API keys — created with scopes and an expiry, shown once, revoked here — and its event push.</summary>
public sealed class DeveloperModel : WebhookPage
{
    [BindProperty]
    public string? KeyName { get; set; }

    [BindProperty]
    public List<string> KeyScopes { get; set; } = [];

    [BindProperty]
    public int? KeyDays { get; set; } = ApiKeys.DefaultDays;

    public IReadOnlyList<ApiKeys.KeyView> Keys { get; private set; } = [];

    /// <summary>The key just created: shown on this answer only.</summary>
    public string? NewSecret { get; private set; }

    public override Guid? Owner => User.Id();

    public override string Home => "/console/developer";

    public override string LogBase => "/console/developer/webhooks";

    public override async Task OnGetAsync()
    {
        await base.OnGetAsync();
        Keys = await Service<ApiKeys>().ListAsync(User, Aborted);
    }

    public async Task<IActionResult> OnPostCreateKeyAsync()
    {
        var created = Take(await Service<ApiKeys>().CreateAsync(new(KeyName, KeyScopes, KeyDays), User, Aborted));
        NewSecret = created?.Secret;
        if (created is not null)
        {
            (KeyName, KeyScopes) = (null, []);
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid id)
    {
        var revoked = Take(await Service<ApiKeys>().RevokeAsync(id, User, Aborted));
        if (revoked is null)
        {
            await OnGetAsync();
            return Page();
        }

        return Done($"已吊销密钥“{revoked.Name}”（{revoked.Prefix}），使用它的程序将无法再调用接口。", "/console/developer");
    }

    public static string ScopeName(string scope) => ApiScopes.ChineseName(scope);
}
