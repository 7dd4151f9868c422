using Beian.Filings;
using Beian.Platform.Pages;
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

    /// <summary>The typed slots of this order, each with its upload beside it.</summary>
    public IReadOnlyList<DocumentSlot> Slots { get; private set; } = [];

    public IReadOnlyList<UploadDocument.DocumentView> Uploaded { get; private set; } = [];

    /// <summary>Other documents (authorisation letters, province forms), uploaded for a role of the applicant's choosing.</summary>
    public IReadOnlyList<(string Value, string Text)> Kinds { get; } =
        [.. DocumentKinds.Names.Where(k => k.Key is not (DocumentKinds.PrincipalId or DocumentKinds.PrincipalIdBack or AppDetails.IconKind)).Select(k => (k.Key, k.Value))];

    public IReadOnlyList<(string Value, string Text)> Roles { get; private set; } = [];

    /// <summary>真人核验 per principal: where it stands, and the link (and its QR code) that opens the step on a phone.</summary>
    public IReadOnlyList<(string Role, string Whose, string State, string Link, string Qr)> FaceChecks { get; private set; } = [];

    /// <summary>The account's earlier documents that can go into this order (R-DOC-18).</summary>
    public IReadOnlyList<ReuseDocument.LibraryItem> Library { get; private set; } = [];

    public UploadDocument.DocumentView? UploadedFor(DocumentSlot slot) => Uploaded.LastOrDefault(d => d.Kind == slot.Kind && d.Role == slot.Role);

    public string ContentLink(Guid document) => $"/console/orders/{Id}/documents?handler=Content&document={document}";

    public string RoleName(string role) => Beian.Filings.FieldNames.Describe(role, i => Order?.Draft.Websites.ElementAtOrDefault(i)?.Name);

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
        return uploaded is null ? await ShowAsync(draft) : Done($"已上传{uploaded.KindName}（{RoleName(uploaded.Role)}）。", $"/console/orders/{Id}/documents#slot-{uploaded.Kind}-{uploaded.Role}");
    }

    /// <summary>A share link just made, shown once with its QR code (R-DOC-15).</summary>
    public (string Role, string Link, string Qr, DateTimeOffset ExpiresAt)? Shared { get; private set; }

    /// <summary>分享给负责人: a short-lived link for one principal to upload their ID and do the face check.</summary>
    public async Task<IActionResult> OnPostShareAsync()
    {
        var draft = await LoadAsync();
        if (draft is null)
        {
            return NotFound();
        }

        if (Take(await Service<SharedUpload>().CreateAsync(Id, new(Role), User, Aborted)) is { } created)
        {
            var link = $"{Request.Scheme}://{Request.Host}{created.Path}";
            Shared = (created.Role, link, QrCodes.DataUri(link), created.ExpiresAt);
        }

        return await ShowAsync(draft);
    }

    /// <summary>从资料库选择: a library document placed in one slot.</summary>
    public async Task<IActionResult> OnPostReuseAsync(Guid document)
    {
        var draft = await LoadAsync();
        if (draft is null)
        {
            return NotFound();
        }

        var placed = Take(await Service<ReuseDocument>().HandleAsync(Id, new(document, [Role ?? string.Empty]), User, Aborted));
        return placed is not { Count: > 0 } ? await ShowAsync(draft) : Done($"已从资料库选择{placed[0].KindName}（{RoleName(placed[0].Role)}）。", $"/console/orders/{Id}/documents#slot-{placed[0].Kind}-{placed[0].Role}");
    }

    /// <summary>An uploaded image, unsealed as it is sent to its owner (never cached).</summary>
    public async Task<IActionResult> OnGetContentAsync(Guid document) =>
        new HttpResultAction((await Service<ViewUpload>().DocumentAsync(Id, document, User, asReviewer: false, Response, Aborted)).Result);

    private async Task<IActionResult> ShowAsync(DraftView draft)
    {
        Slots = DocumentSlots.Of(draft, Order!.Type);
        string[] roles =
        [
            .. draft.Subject.Nature == SubjectNature.Individual ? Array.Empty<string>() : ["subject"],
            "subject.principal",
            .. draft.Websites.Select((_, i) => $"websites[{i}].principal"),
        ];
        Roles = [.. roles.Select(r => (r, RoleName(r)))];
        Uploaded = Take<List<UploadDocument.DocumentView>>(await Service<UploadDocument>().ListAsync(Id, User, Aborted)) ?? [];
        Library = [.. ((await Service<ReuseDocument>().LibraryAsync(Id, User, Aborted)).Value ?? []).Where(d => d.Usable)];
        var checks = (await Service<VerifyRealPerson>().ListAsync(Id, User, Aborted)).Value ?? [];
        // Each principal's face is checked once per role, as each role has its own ID slot.
        var principals = Slots.Where(slot => slot.Kind == DocumentKinds.PrincipalId).Select(slot => slot.Role).ToList();
        FaceChecks = [.. principals.Select(role =>
        {
            var link = $"{Request.Scheme}://{Request.Host}/console/orders/{Id}/face?role={Uri.EscapeDataString(role)}";
            var state = checks.FirstOrDefault(c => c.Role == role)?.State is { } s ? VerifyRealPerson.StateName(s) : "未核验";
            return (role, RoleName(role), state, link, QrCodes.DataUri(link));
        })];
        return Page();
    }
}
