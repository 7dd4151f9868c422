using Beian.Platform.Pages;
using Beian.Web.Features.Records;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>备案证明: the record page laid out to be printed or saved as PDF from the browser (R-MISC-04).</summary>
public sealed class CertificateModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string IcpNumber { get; set; } = string.Empty;

    public RecordCertificate.CertificateView? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Certificate = (await Service<RecordCertificate>().GetAsync(IcpNumber, User, Aborted)).Value;
        return Certificate is null ? NotFound() : Page();
    }
}
