using Beian.Platform.Pages;
using Beian.Web.Features.Diagnosis;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>访问诊断: every reason a domain may be blocked or unreachable, with what to do next.</summary>
public sealed class DiagnosisModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Domain { get; set; }

    public DiagnosisView? Result { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Domain))
        {
            return;
        }

        Result = Take<DiagnosisView>(await Service<DiagnoseDomain>().HandleAsync(Domain, User, Aborted));
    }
}
