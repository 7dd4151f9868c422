using Beian.Instances;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Instances;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Console;

/// <summary>Step 3, 网站信息: one website at a time, several domains each; more websites can be added to a new filing.</summary>
public sealed class WebsitesModel : DraftStepPage
{
    [BindProperty(SupportsGet = true)]
    public int Index { get; set; }

    [BindProperty]
    public WebsiteInput? Site { get; set; }

    [BindProperty]
    public string? DomainsText { get; set; }

    public int Count { get; private set; }

    /// <summary>A change keeps its filed websites: none added or removed, domains only taken away.</summary>
    public bool IsChange => Order?.Type is Beian.Filings.FilingType.ChangeWebsite or Beian.Filings.FilingType.ChangeSubject;

    public IReadOnlyList<(string Value, string Text)> Codes { get; private set; } = [];

    public string CodeHint { get; private set; } = "每个网站绑定一个备案服务码，在「云产品与服务码」中申请";

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
        var site = Site! with { Domains = StartModel.Lines(DomainsText), Principal = DraftForms.OrNull(Site.Principal) };
        List<WebsiteInput> websites = [.. input.Websites!];
        websites[Index] = site;
        if (remove)
        {
            websites.RemoveAt(Index);
        }

        if (add)
        {
            websites.Add(new WebsiteInput(null, [], null, "其他", "中文简体", null, null));
        }

        if (!await SaveAsync(input with { Websites = websites }))
        {
            return await ShowAsync(draft, site);
        }

        var next = add ? $"/console/orders/{Id}/websites/{websites.Count - 1}"
            : remove ? $"/console/orders/{Id}/websites/0"
            : Index + 1 < websites.Count ? $"/console/orders/{Id}/websites/{Index + 1}"
            : $"/console/orders/{Id}/documents";
        return Done(remove ? "网站已删除。" : "网站信息已保存。", next);
    }

    private async Task<IActionResult> ShowAsync(DraftView? draft, WebsiteInput? typed)
    {
        if (draft is null || Index < 0 || Index >= draft.Websites.Count)
        {
            return NotFound();
        }

        Count = draft.Websites.Count;
        Site = typed ?? DraftForms.ToInput(draft.Websites[Index]);
        var codes = await Service<MyInstances>().ListCodesAsync(User, Aborted);
        var usable = codes.Where(c => c.State == ServiceCodeState.Available || c.Value == Site.ServiceCode).Select(c => (c.Value, $"{c.Value}（{c.InstanceId}）")).ToList();
        Codes = [("", usable.Count == 0 ? "暂无可用的备案服务码" : "请选择"), .. usable];
        if (usable.Count == 0)
        {
            CodeHint = "您还没有可用的备案服务码，请先在「云产品与服务码」中为云服务器申请。";
        }

        return Page();
    }
}
