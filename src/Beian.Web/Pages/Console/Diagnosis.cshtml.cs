using Beian.Platform.Pages;
using Beian.Ports;
using Beian.Web.Data;
using Beian.Web.Features.Diagnosis;
using Beian.Web.Features.Gate;
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

        Result = Take<DiagnosisView>((await DiagnoseDomain.HandleAsync(
            Domain, User, Service<ProviderDb>(), Service<IBureauGateway>(), Service<IDomainRegistry>(), Service<GateState>(), Service<IDnsResolver>(),
            Service<Microsoft.Extensions.Options.IOptions<Features.Compliance.ComplianceOptions>>(), Service<TimeProvider>(), Aborted)).Result);
    }
}
