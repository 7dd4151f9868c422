using System.Text.Json;
using Beian.Bureau.Registries;
using Beian.Platform;
using Beian.Platform.Pages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beian.Bureau.Pages.Admin;

/// <summary>注册库导入 (sandbox only): loads records into the simulated registries the rule book asks.</summary>
public sealed class RegistriesModel : ConsolePage
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public const string Example = """
        {
          "domains": [
            { "domain": "example-shop.cn", "holderName": "张三", "holderCertificateType": "居民身份证", "holderCertificateNumber": "11010519491231002X",
              "registrar": "阿里云计算有限公司（万网）", "expiresOn": "2030-12-31", "realNameVerifiedOn": "2025-03-01" }
          ],
          "businesses": [],
          "identities": [],
          "blacklist": []
        }
        """;

    [BindProperty]
    [TextBound(10_000_000)]
    public string? Json { get; set; }

    public bool Sandbox => Service<IOptions<PlatformOptions>>().Value.Sandbox;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Sandbox)
        {
            return NotFound();
        }

        RegistryFixtures.Request? request;
        try
        {
            request = JsonSerializer.Deserialize<RegistryFixtures.Request>(Json ?? string.Empty, Web);
        }
        catch (JsonException e)
        {
            Refuse(Problems.Invalid("fixture.json_invalid", $"JSON 格式不正确（第 {e.LineNumber + 1} 行附近），请检查后重新导入。"));
            return Page();
        }

        if (request is null)
        {
            Refuse(Problems.Invalid("fixture.empty", "请粘贴要导入的数据。"));
            return Page();
        }

        var (loaded, error) = await Service<RegistryFixtures>().LoadAsync(request, Aborted);
        if (loaded is null)
        {
            Refuse(Problems.Invalid("fixture.invalid", error!));
            return Page();
        }

        return Done($"已导入：域名 {loaded.Domains} 条，工商 {loaded.Businesses} 条，证件 {loaded.Identities} 条，黑名单 {loaded.Blacklist} 条。", "/admin/registries");
    }
}
