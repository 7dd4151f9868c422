using Beian.Console.Tests.Infrastructure;
using Beian.Web.Features.Sandbox;
using Microsoft.Playwright;

namespace Beian.Console.Tests.Admin;

/// <summary>The admin's overview, the reference-table import, the read-only views of the rule data, and the registry import of sandbox mode.</summary>
public class AdminPagesTests
{
    [BrowserFact]
    public async Task TheAdminSeesEveryProvinceAndCatalogEntry_AndImportsIntoTheRegistries()
    {
        await using var session = await ConsoleSession.StartAsync(nameof(TheAdminSeesEveryProvinceAndCatalogEntry_AndImportsIntoTheRegistries));
        var admin = await session.SignInAsync(DemoData.Admin);

        // The admin lands on the overview: figures and charts drawn on the server.
        await session.ExpectAsync(admin, "运营概览");
        Assert.EndsWith("/admin", admin.Url, StringComparison.Ordinal);
        Assert.Equal(4, await admin.Locator("main section.card .bars").CountAsync());
        await session.ShotAsync(admin, "overview");

        // A reference table exported as CSV and imported back through the page.
        await admin.GotoAsync("/admin/reference");
        var csv = await admin.Context.APIRequest.GetAsync("/admin/reference?handler=Export&name=tlds");
        Assert.Equal(200, csv.Status);
        await admin.GetByLabel("参考表").SelectOptionAsync("tlds");
        await admin.GetByLabel("CSV文件").SetInputFilesAsync(new FilePayload { Name = "tlds.csv", MimeType = "text/csv", Buffer = await csv.BodyAsync() });
        await admin.GetByRole(AriaRole.Button, new() { Name = "导入并替换" }).ClickAsync();
        await session.ExpectAsync(admin, "已导入「可备案的顶级域」");
        await session.ShotAsync(admin, "reference-tables");

        await admin.GotoAsync("/admin/provinces");
        Assert.Equal(31, await admin.Locator("main table > tbody > tr").CountAsync());
        await session.ExpectAsync(admin, "R-PROV-GD-01");
        await session.ShotAsync(admin, "provinces");

        await admin.GotoAsync("/admin/catalogs");
        Assert.Equal(49 + 14, await admin.Locator("main table > tbody > tr").CountAsync());
        await session.ShotAsync(admin, "catalogs");

        await admin.GotoAsync("/admin/registries");
        await admin.GetByLabel("导入数据（JSON）").FillAsync("{ not json");
        await admin.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await session.ExpectAsync(admin, "JSON 格式不正确");
        await admin.GetByLabel("导入数据（JSON）").FillAsync("""
            { "domains": [ { "domain": "imported-301.cn", "holderName": "张三", "holderCertificateType": "居民身份证",
              "holderCertificateNumber": "11010519491231002X", "registrar": "阿里云计算有限公司（万网）", "expiresOn": "2020-01-01" } ] }
            """);
        await admin.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await session.ExpectAsync(admin, "已导入：域名 1 条");
        await session.ShotAsync(admin, "registries");

        // The imported registration is what the diagnosis now reads: the domain has expired.
        var applicant = await session.SignInAsync(DemoData.Applicant);
        await applicant.GotoAsync("/console/diagnosis?domain=imported-301.cn");
        await session.ExpectAsync(applicant, "该域名已过期");
        await session.ShotAsync(applicant, "diagnosis");
    }
}
