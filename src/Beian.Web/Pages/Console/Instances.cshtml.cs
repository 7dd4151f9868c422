using Beian.Instances;
using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.Instances;
using Beian.Web.Features.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Console;

/// <summary>云产品与备案服务码: instances, the codes left on each, and applying for one.</summary>
public sealed class InstancesModel : ConsolePage
{
    public IReadOnlyList<InstanceView> Instances { get; private set; } = [];

    public IReadOnlyList<ServiceCodeView> Codes { get; private set; } = [];

    public bool Sandbox => Service<IOptions<PlatformOptions>>().Value.Sandbox;

    public static string StateName(ServiceCodeState state) => state switch
    {
        ServiceCodeState.Available => "可使用",
        ServiceCodeState.Bound => "已绑定订单",
        ServiceCodeState.Used => "已使用",
        ServiceCodeState.Void => "已作废",
        _ => state.ToString(),
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApplyAsync(Guid instance)
    {
        var code = Take<ServiceCodeView>(await Service<ApplyServiceCode>().HandleAsync(instance, null, User, Aborted));
        if (code is not null)
        {
            return Done($"已申请备案服务码 {code.Value}。", "/console/instances");
        }

        await LoadAsync();
        return Page();
    }

    /// <summary>Sandbox only: stands in for buying a server, so that a demo applicant can file at once.</summary>
    public async Task<IActionResult> OnPostPurchaseAsync()
    {
        if (!Sandbox)
        {
            return NotFound();
        }

        var email = User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name ?? string.Empty;
        if (Take(await Service<SandboxActions>().GrantInstancesAsync(email, Aborted)) is not null)
        {
            return Done("已开通演示云服务器。", "/console/instances");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Instances = await Service<MyInstances>().ListAsync(User, Aborted);
        Codes = await Service<MyInstances>().ListCodesAsync(User, Aborted);
    }
}
