using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Ports;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Web.Pages.Share;

/// <summary>
/// The page a share link opens (R-DOC-15), without signing in: one principal of one draft uploads their ID card and does
/// the face check on their own phone. An unknown or expired link, or a draft already submitted, is a 404.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool Back { get; set; }

    [BindProperty]
    public bool GoodLight { get; set; } = true;

    public SharedUpload.SharedView? View { get; private set; }

    /// <summary>The simulated camera, offered in sandbox mode where the simulator provides one.</summary>
    public ISandboxCamera? Camera => Service<IOptions<PlatformOptions>>().Value.Sandbox ? HttpContext.RequestServices.GetService<ISandboxCamera>() : null;

    public async Task<IActionResult> OnGetAsync()
    {
        View = await Service<SharedUpload>().ViewAsync(Token, Aborted);
        return View is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync() =>
        await AfterAsync(Take(await Service<SharedUpload>().UploadAsync(Token, Back, Upload, Aborted)) is not null, Back ? "身份证国徽面已上传。" : "身份证人像面已上传。");

    public async Task<IActionResult> OnPostFaceAsync() => await FaceDoneAsync(Take(await Service<SharedUpload>().FaceAsync(Token, Upload, null, true, Aborted)));

    public async Task<IActionResult> OnPostSimulatedAsync() => Camera is { } camera
        ? await FaceDoneAsync(Take(await Service<SharedUpload>().FaceAsync(Token, null, camera, GoodLight, Aborted)))
        : NotFound();

    private Task<IActionResult> FaceDoneAsync(VerifyRealPerson.RealPersonView? check) =>
        AfterAsync(check is not null, check is null ? string.Empty : $"真人核验结果：{VerifyRealPerson.StateName(check.State)}。");

    private async Task<IActionResult> AfterAsync(bool done, string message) => done ? Done(message, SharedUpload.PathOf(Token)) : await OnGetAsync();
}
