using Beian.Platform;
using Beian.Ports;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Console;

/// <summary>
/// 真人核验 on the phone (R-FACE-05: the mobile channel): the page the QR code of the documents step opens, signed in
/// to the same account, for one principal. The phone's front camera takes the picture; in sandbox mode a simulated
/// camera stands in for it.
/// </summary>
public sealed class FaceModel : DraftStepPage
{
    [BindProperty(SupportsGet = true)]
    public string Role { get; set; } = string.Empty;

    [BindProperty]
    public IFormFile? Capture { get; set; }

    [BindProperty]
    public bool GoodLight { get; set; } = true;

    public string Whose => Beian.Filings.FieldNames.Describe(Role, i => Order?.Draft.Websites.ElementAtOrDefault(i)?.Name);

    public VerifyRealPerson.RealPersonView? Check { get; private set; }

    /// <summary>The simulated camera, offered in sandbox mode where the simulator provides one.</summary>
    public ISandboxCamera? Camera => Service<IOptions<PlatformOptions>>().Value.Sandbox ? HttpContext.RequestServices.GetService<ISandboxCamera>() : null;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync() => await ShownAsync(await Service<VerifyRealPerson>().CaptureFaceAsync(Id, Capture, Role, User, Aborted));

    /// <summary>The sandbox's camera: a capture of the principal named in the draft, in good or poor light.</summary>
    public async Task<IActionResult> OnPostSimulatedAsync() => Camera is { } camera
        ? await ShownAsync(await Service<VerifyRealPerson>().CaptureWithSandboxCameraAsync(Id, Role, GoodLight, camera, User, Aborted))
        : NotFound();

    private async Task<IActionResult> ShownAsync(Result<VerifyRealPerson.RealPersonView> result)
    {
        var check = Take(result);
        if (check is not null)
        {
            return Done($"真人核验结果：{VerifyRealPerson.StateName(check.State)}。", $"/console/orders/{Id}/face?role={Uri.EscapeDataString(Role)}");
        }

        return await ShowAsync() ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync()
    {
        if (await LoadAsync() is null)
        {
            return false;
        }

        Check = (await Service<VerifyRealPerson>().ListAsync(Id, User, Aborted)).Value?.FirstOrDefault(c => c.Role == Role);
        return true;
    }
}
