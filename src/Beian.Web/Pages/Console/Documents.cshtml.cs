using Beian.Filings;
using Beian.Rules;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>Step 4, 上传资料: the basic documents each role needs, the upload rules shown before the upload.</summary>
public sealed class DocumentsModel : DraftStepPage
{
    [BindProperty]
    public string? Kind { get; set; } = DocumentKinds.PrincipalId;

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public DateOnly? IssuedOn { get; set; }

    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<(string Kind, string Role)> Needed { get; private set; } = [];

    public IReadOnlyList<UploadDocument.DocumentView> Uploaded { get; private set; } = [];

    public IReadOnlyList<(string Value, string Text)> Kinds { get; } = [.. DocumentKinds.Names.Select(k => (k.Key, k.Value))];

    public IReadOnlyList<(string Value, string Text)> Roles { get; private set; } = [];

    public static string RoleName(string role) => role switch
    {
        "subject" => "主办单位",
        "subject.principal" => "主体负责人",
        _ when role.StartsWith("websites[", StringComparison.Ordinal) =>
            $"服务{int.Parse(role[9..role.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) + 1}" + (role.EndsWith(".principal", StringComparison.Ordinal) ? "负责人" : string.Empty),
        _ => role,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await LoadAsync();
        return draft is null ? NotFound() : await ShowAsync(draft);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var draft = await LoadAsync();
        if (draft is null)
        {
            return NotFound();
        }

        var uploaded = Take<UploadDocument.DocumentView>(await Service<UploadDocument>().HandleAsync(Id, Upload, Kind, Role, IssuedOn, ExpiresOn, User, Aborted));
        return uploaded is null ? await ShowAsync(draft) : Done($"已上传{uploaded.KindName}（{RoleName(uploaded.Role)}）。", $"/console/orders/{Id}/documents");
    }

    private async Task<IActionResult> ShowAsync(DraftView draft)
    {
        var needed = new List<(string, string)>();
        if (draft.Subject.Nature != SubjectNature.Individual)
        {
            needed.Add((DocumentKinds.OrganisationCertificate, "subject"));
        }

        if (draft.Subject.Principal is not null)
        {
            needed.Add((DocumentKinds.PrincipalId, "subject.principal"));
        }

        needed.AddRange(draft.Websites.Select((w, i) => (w, i)).Where(x => x.w.Principal is not null).Select(x => (DocumentKinds.PrincipalId, $"websites[{x.i}].principal")));
        // Each app, mini-program and quick app shows its icon (R-APP-17).
        var apps = draft.Websites.Select((w, i) => (w, i)).Where(x => x.w.Type.IsApplication()).Select(x => $"websites[{x.i}]").ToList();
        needed.AddRange(apps.Select(role => (AppDetails.IconKind, role)));
        Needed = needed;
        Roles =
        [
            ("subject", RoleName("subject")), ("subject.principal", RoleName("subject.principal")),
            .. draft.Websites.Select((_, i) => ($"websites[{i}].principal", RoleName($"websites[{i}].principal"))),
            .. apps.Select(role => (role, RoleName(role) + "（图标）")),
        ];
        Role ??= needed.FirstOrDefault().Item2;
        Uploaded = Take<List<UploadDocument.DocumentView>>(await Service<UploadDocument>().ListAsync(Id, User, Aborted)) ?? [];
        return Page();
    }
}
