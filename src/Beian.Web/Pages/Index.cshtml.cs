using Beian.Platform;
using Beian.Platform.Pages;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages;

/// <summary>首页: signed-in people go straight to their own work.</summary>
public sealed class IndexModel : ConsolePage
{
    public IActionResult OnGet()
    {
        var home = User.IsInRole(Roles.Applicant) ? "/console"
            : User.IsInRole(Roles.Reviewer) ? "/workbench"
            : User.IsInRole(Roles.Bureau) ? "/bureau"
            : User.IsInRole(Roles.Admin) ? "/admin"
            : null;
        return home is null ? Page() : Redirect(home);
    }
}
