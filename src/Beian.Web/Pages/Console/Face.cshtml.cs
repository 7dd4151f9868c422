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

    public Task<IActionResult> OnPostAsync() => CaptureAsync(Capture);

    /// <summary>The sandbox's camera: a capture of the principal named in the draft, in good or poor light.</summary>
    public async Task<IActionResult> OnPostSimulatedAsync()
    {
        var draft = await LoadAsync();
        if (Camera is not { } camera || draft is null)
        {
            return NotFound();
        }

        var number = Role == "subject.principal" ? draft.Subject.Principal?.CertificateNumber
            : draft.Websites.Select((w, i) => (w, i)).FirstOrDefault(x => Role == $"websites[{x.i}].principal").w?.Principal?.CertificateNumber;
        var bytes = camera.Face(number ?? string.Empty, GoodLight);
        using var stream = new MemoryStream(bytes);
        return await CaptureAsync(new FormFile(stream, 0, bytes.Length, "file", "face.jpg"));
    }

    private async Task<IActionResult> CaptureAsync(IFormFile? capture)
    {
        var checkResult = await Service<VerifyRealPerson>().CaptureFaceAsync(Id, capture, Role, User, Aborted);
        var check = Take(checkResult);
        if (check is not null)
        {
            return Done($"{Whose}：{VerifyRealPerson.StateName(check.State)}。", $"/console/orders/{Id}/face?role={Uri.EscapeDataString(Role)}");
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
