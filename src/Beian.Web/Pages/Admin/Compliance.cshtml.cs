using Beian.Compliance;
using Beian.Platform.Pages;
using Beian.Web.Features.Compliance;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Admin;

/// <summary>专项核查: run the checks now, see what they found, extend a deadline, export the cases.</summary>
public sealed class CompliancePageModel : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty]
    public string? Check { get; set; }

    [BindProperty]
    public Guid CaseId { get; set; }

    [BindProperty]
    public int Days { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<CheckReport>? Reports { get; private set; }

    public IReadOnlyList<CaseView> Cases { get; private set; } = [];

    public static string CheckName(string check) => check switch
    {
        RegistryInspection.Source => "注册库信息",
        FooterCheck.Source => "页脚备案号与网站内容",
        EmptyShellCheck.Source => "空壳网站（DNS）",
        _ => check,
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task OnPostRunAsync()
    {
        Reports = Take<IReadOnlyList<CheckReport>>(await Service<ComplianceCases>().RunAsync(new(string.IsNullOrEmpty(Check) ? [] : [Check]), Aborted));
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostExtendAsync()
    {
        var extended = Take<CaseView>(await Service<ComplianceCases>().ExtendAsync(CaseId, new(Days, Reason), User, Aborted));
        if (extended is not null)
        {
            return Done($"已将{extended.Target}的整改期限延至 {Display.Time(extended.Deadline)}。", "/admin/compliance");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Cases = await Service<ComplianceCases>().CasesAsync(State, Aborted);
}
