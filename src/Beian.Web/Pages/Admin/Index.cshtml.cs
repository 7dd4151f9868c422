using Beian.Platform.Pages;
using Beian.Web.Features.Operations;

namespace Beian.Web.Pages.Admin;

/// <summary>运营概览: the admin's landing page — figures and charts drawn on the server, no script and no CDN.</summary>
public sealed class OverviewModel : ConsolePage
{
    public OperationsOverview.Overview? Overview { get; private set; }

    public async Task OnGetAsync() => Overview = await Service<OperationsOverview>().GetAsync(Aborted);
}
