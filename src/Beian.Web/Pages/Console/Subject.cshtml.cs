using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>Step 2, 主办者信息: the subject and its principal; the rest of the draft is kept as it is.</summary>
public sealed class SubjectModel : DraftStepPage
{
    [BindProperty]
    public SubjectInput? Subject { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadAsync();
        if (draft is null)
        {
            return NotFound();
        }

        Subject = DraftForms.ToInput(draft).Subject;
        if (Subject is { Nature: Beian.Filings.SubjectNature.Individual, Principal: null })
        {
            // An individual is their own principal: the name and the ID come from the subject.
            Subject = Subject with { Principal = new PrincipalInput(Subject.Name, Subject.CertificateType, Subject.CertificateNumber, null, null, null) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadAsync();
        if (draft is null)
        {
            return NotFound();
        }

        var input = DraftForms.ToInput(draft) with { Subject = Subject! with { Principal = DraftForms.OrNull(Subject.Principal) } };
        return await SaveAsync(input) ? Done(await SavedAsync("主办者信息", "subject"), $"/console/orders/{Id}/websites") : Page();
    }
}
