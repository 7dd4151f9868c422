using Beian.Platform;
using Beian.Platform.Pages;
using Beian.Web.Features.ReferenceTables;
using Microsoft.AspNetCore.Mvc;

namespace Beian.Web.Pages.Admin;

/// <summary>参考数据导入: the reference tables in use with their versions, each exported as CSV or replaced by an import.</summary>
public sealed class ReferencePageModel : ConsolePage
{
    [BindProperty]
    public string? Table { get; set; }

    [BindProperty]
    public IFormFile? Csv { get; set; }

    public IReadOnlyList<(string Name, string Title, string Version)> Tables { get; private set; } = [];

    public static string TitleOf(string name) => name switch
    {
        ReferenceTableCsv.Tlds => "可备案的顶级域",
        ReferenceTableCsv.Registrars => "工信部批准的域名注册商",
        ReferenceTableCsv.Holidays => "法定节假日与调休（工作日计算）",
        _ => name,
    };

    public void OnGet() => Load();

    public async Task<IActionResult> OnGetExportAsync(string name) =>
        ReferenceTableCsv.Names.Contains(name)
            ? File(await ReferenceTableCsv.ExportAsync(name, Service<ReferenceTablesInUse>().Current, Aborted), "text/csv; charset=utf-8", name + ".csv")
            : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Csv is null || Csv.Length == 0)
        {
            Refuse(Problems.Invalid("reference.csv_missing", "请选择要导入的CSV文件（表头与导出的文件相同）。"));
            Load();
            return Page();
        }

        using var reader = new StreamReader(Csv.OpenReadStream(), System.Text.Encoding.UTF8);
        var imported = Take(await Service<ImportReferenceTable>().HandleAsync(Table ?? string.Empty, await reader.ReadToEndAsync(Aborted), User, Aborted));
        if (imported is not null)
        {
            return Done($"已导入「{TitleOf(imported.Name)}」{imported.Rows} 行，所有服务器即时使用新版本。", "/admin/reference");
        }

        Load();
        return Page();
    }

    private void Load()
    {
        var tables = Service<ReferenceTablesInUse>();
        Tables = [.. ReferenceTableCsv.Names.Select(n => (n, TitleOf(n), tables.VersionOf(n)))];
    }
}
