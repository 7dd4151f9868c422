using Beian.Bureau.Miit;
using Beian.Platform.Pages;
using Beian.Ports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Bureau.Pages.Miit;

/// <summary>ICP备案查询 (simulated MIIT public query): by number, domain or subject name.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Beian.Platform.RateLimits.Query)]
public sealed class QueryModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Domain { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    public IReadOnlyList<PublicRecordRow>? Rows { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Domain) && string.IsNullOrWhiteSpace(Subject))
        {
            return;
        }

        Rows = Take(await Service<PublicRecordQuery>().QueryAsync(Number, Domain, Subject, Aborted));
    }
}
