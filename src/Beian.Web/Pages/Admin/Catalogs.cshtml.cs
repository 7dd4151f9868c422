using Beian.Platform.Pages;

namespace Beian.Web.Pages.Admin;

/// <summary>驳回与核查目录: the rejection and inspection catalogs (read-only).</summary>
public sealed class CatalogsModel : ConsolePage
{
    public static string StageName(string stage) => stage switch
    {
        "P" => "初审",
        "B" => "管局",
        "M" => "工信部短信核验",
        _ => stage,
    };

    public void OnGet()
    {
    }
}
