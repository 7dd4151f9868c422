using Beian.Filings;
using Beian.Instances;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Instances;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>
/// Step 3, 网站信息 / APP信息: one service at a time — a website with its domains, an app with its platforms, features and
/// back-end domains, a mini-program or quick app with its host platform (R-APP-02 shows only the fields of the type);
/// more services can be added to a new filing.
/// </summary>
public sealed class WebsitesModel : DraftStepPage
{
    /// <summary>One platform row of the app form: whether the app ships on it, and its features.</summary>
    public sealed class PlatformRow
    {
        public AppPlatformKind Kind { get; set; }

        public bool On { get; set; }

        public string? PackageName { get; set; }

        public string? PublicKey { get; set; }

        public string? Fingerprint { get; set; }

        public string? DomainsText { get; set; }

        public string? OtherName { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Index { get; set; }

    [BindProperty]
    public WebsiteInput? Site { get; set; }

    [BindProperty]
    public string? DomainsText { get; set; }

    [BindProperty]
    public List<PlatformRow> Platforms { get; set; } = [];

    [BindProperty]
    public List<string> ContentTypes { get; set; } = [];

    [BindProperty]
    public List<string> PreApprovals { get; set; } = [];

    [BindProperty]
    public string? SdksText { get; set; }

    [BindProperty]
    public string? HostPlatform { get; set; }

    [BindProperty]
    public string? HostAppId { get; set; }

    /// <summary>The type of the service a "save and add" appends.</summary>
    [BindProperty]
    public string? AddType { get; set; }

    public ServiceType Type => Site?.Type ?? ServiceType.Website;

    /// <summary>The type of each service of the order, for the tabs.</summary>
    public IReadOnlyList<ServiceType> Types { get; private set; } = [];

    public static string PackageLabel(AppPlatformKind kind) => kind switch
    {
        AppPlatformKind.Ios => "Bundle ID",
        AppPlatformKind.HarmonyOs => "鸿蒙包名",
        _ => "安卓包名",
    };

    public static string FingerprintLabel(AppPlatformKind kind) => kind switch
    {
        AppPlatformKind.Ios => "证书SHA-1值",
        AppPlatformKind.HarmonyOs => "证书指纹（MD5或SHA-1）",
        _ => "签名MD5值",
    };

    public int Count { get; private set; }

    /// <summary>同主体负责人: the service's principal is the subject's (R-PRIN-05, copied on save).</summary>
    [BindProperty]
    public bool SameAsSubject { get; set; }

    public bool HasSubjectPrincipal { get; private set; }

    /// <summary>A change keeps its filed websites: none added or removed, domains only taken away.</summary>
    public bool IsChange => Order?.Type is Beian.Filings.FilingType.ChangeWebsite or Beian.Filings.FilingType.ChangeSubject;

    public IReadOnlyList<(string Value, string Text)> Codes { get; private set; } = [];

    public string CodeHint { get; private set; } = "每个网站或APP绑定一个备案服务码，在「云产品与服务码」中申请";

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(await LoadAsync(), null);

    public Task<IActionResult> OnPostAsync() => SaveSiteAsync(add: false, remove: false);

    public Task<IActionResult> OnPostAddAsync() => SaveSiteAsync(add: true, remove: false);

    public Task<IActionResult> OnPostRemoveAsync() => SaveSiteAsync(add: false, remove: true);

    private async Task<IActionResult> SaveSiteAsync(bool add, bool remove)
    {
        var draft = await LoadAsync();
        if (draft is null || Index < 0 || Index >= draft.Websites.Count)
        {
            return NotFound();
        }

        var input = DraftForms.ToInput(draft);
        var principal = SameAsSubject && input.Subject?.Principal is { } subjectPrincipal ? subjectPrincipal : DraftForms.OrNull(Site!.Principal);
        var site = Site! with { Domains = StartModel.Lines(DomainsText), Principal = principal, App = AppTyped(Site.Type ?? ServiceType.Website) };
        List<WebsiteInput> websites = [.. input.Websites!];
        websites[Index] = site;
        if (remove)
        {
            websites.RemoveAt(Index);
        }

        if (add)
        {
            var type = Enum.TryParse<ServiceType>(AddType, out var t) ? t : ServiceType.Website;
            websites.Add(new WebsiteInput(null, [], null, "其他", "中文简体", null, null, Type: type, App: type.IsApplication() ? new AppInput([], null, null, [], [], []) : null));
        }

        if (!await SaveAsync(input with { Websites = websites }))
        {
            return await ShowAsync(draft, site);
        }

        var next = add ? $"/console/orders/{Id}/websites/{websites.Count - 1}"
            : remove ? $"/console/orders/{Id}/websites/0"
            : Index + 1 < websites.Count ? $"/console/orders/{Id}/websites/{Index + 1}"
            : $"/console/orders/{Id}/documents";
        return Done(remove ? "已删除。" : await SavedAsync($"{(Site.Type ?? ServiceType.Website).ChineseName()}信息", $"websites[{Index}]"), next);
    }

    /// <summary>The app data as the form typed it; null for a website.</summary>
    private AppInput? AppTyped(ServiceType type) => type.IsApplication()
        ? new AppInput(
            type == ServiceType.App
                ? [.. Platforms.Where(p => p.On).Select(p => new AppPlatformInput(p.Kind, p.PackageName, p.PublicKey, p.Fingerprint, StartModel.Lines(p.DomainsText), p.OtherName))]
                : [],
            HostPlatform,
            HostAppId,
            ContentTypes,
            PreApprovals,
            [.. (SdksText ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)])
        : null;

    /// <summary>The app form's rows from the service's data: one row per platform kind, checked where it ships.</summary>
    private void ShowApp(AppInput? app)
    {
        Platforms = [.. Enum.GetValues<AppPlatformKind>().Select(kind =>
        {
            var p = app?.Platforms?.FirstOrDefault(x => x.Kind == kind);
            return new PlatformRow { Kind = kind, On = p is not null, PackageName = p?.PackageName, PublicKey = p?.PublicKey, Fingerprint = p?.Fingerprint, DomainsText = string.Join("\n", p?.Domains ?? []), OtherName = p?.OtherName };
        })];
        ContentTypes = [.. app?.ContentTypes ?? []];
        PreApprovals = [.. app?.PreApprovals ?? []];
        SdksText = string.Join("\n", app?.Sdks ?? []);
        HostPlatform = app?.HostPlatform;
        HostAppId = app?.HostAppId;
    }

    private async Task<IActionResult> ShowAsync(DraftView? draft, WebsiteInput? typed)
    {
        if (draft is null || Index < 0 || Index >= draft.Websites.Count)
        {
            return NotFound();
        }

        Count = draft.Websites.Count;
        Types = [.. draft.Websites.Select(w => w.Type)];
        Site = typed ?? DraftForms.ToInput(draft.Websites[Index]);
        var subjectPrincipal = DraftForms.ToInput(draft).Subject?.Principal;
        HasSubjectPrincipal = subjectPrincipal is not null;
        // A new service starts as the subject principal's; one whose principal is that same person stays so.
        SameAsSubject = typed is null ? HasSubjectPrincipal && (Site.Principal is null || Site.Principal == subjectPrincipal) : SameAsSubject;
        if (SameAsSubject && typed is null)
        {
            Site = Site with { Principal = subjectPrincipal };
        }

        ShowApp(Site.App);
        var codes = await Service<MyInstances>().ListCodesAsync(User, Aborted);
        // A code chosen for another service of this order is not offered again; a single code left is chosen already.
        var chosenElsewhere = draft.Websites.Where((_, i) => i != Index).Select(w => w.ServiceCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var usable = codes.Where(c => (c.State == ServiceCodeState.Available && !chosenElsewhere.Contains(c.Value)) || c.Value == Site.ServiceCode).Select(c => (c.Value, $"{c.Value}（{c.InstanceId}）")).ToList();
        if (usable.Count == 1 && string.IsNullOrEmpty(Site.ServiceCode) && typed is null && Site.Type is not (ServiceType.MiniProgram or ServiceType.QuickApp))
        {
            Site = Site with { ServiceCode = usable[0].Value };
        }

        Codes = [("", usable.Count == 0 ? "暂无可用的备案服务码" : "请选择"), .. usable];
        if (usable.Count == 0)
        {
            CodeHint = "您还没有可用的备案服务码，请先在「云产品与服务码」中为云服务器申请。";
        }

        return Page();
    }
}
