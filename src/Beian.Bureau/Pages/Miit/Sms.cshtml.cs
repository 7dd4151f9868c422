using Beian.Bureau.Miit;
using Beian.Platform.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Bureau.Pages.Miit;

/// <summary>短信核验 (simulated MIIT page): mobile, the last six characters of the ID number, and the code.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Beian.Platform.RateLimits.Miit)]
public sealed class SmsModel : ConsolePage
{
    [BindProperty]
    public string? Mobile { get; set; }

    [BindProperty]
    public string? IdLastSix { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public SmsVerificationResult? Result { get; private set; }

    public async Task OnPostAsync() =>
        Result = Take(await Service<SmsVerification>().VerifyAsync(Mobile, IdLastSix, Code, Aborted));

    public async Task OnPostResendAsync() =>
        Result = Take(await Service<SmsVerification>().ResendAsync(Mobile, IdLastSix, Aborted));
}
