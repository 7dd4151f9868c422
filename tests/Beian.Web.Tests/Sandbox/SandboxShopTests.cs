using System.Net;
using System.Text.Json;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Sandbox;

public class SandboxShopTests
{
    [Fact]
    public async Task EveryServiceCodeRule_IsReachableByBuyingRenewingDowngradingAndExpiringProducts()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("shop@example.com");

        // R-CODE-20: an IoT package needs six months and ¥90 in one order; a renewal makes the months.
        var iot = await BuyAsync(applicant, new { productType = "iot-package", months = 5, orderAmountYuan = 90 });
        await CodeRefusedAsync(applicant, iot, "R-CODE-20");
        await applicant.PostJsonAsync($"/api/sandbox/shop/instances/{iot}/renew", new { months = 1 });
        await CodeAsync(applicant, iot);

        // R-CODE-18: a virtual host takes its codes in the filing system like any product.
        await CodeAsync(applicant, await BuyAsync(applicant, new { productType = "virtual-host", months = 3 }));

        // R-CODE-17: a site-builder product carries one code.
        var site = await BuyAsync(applicant, new { productType = "site-builder", months = 12, orderAmountYuan = 99 });
        await CodeAsync(applicant, site);
        await CodeRefusedAsync(applicant, site, "R-CODE-17");

        // R-CODE-07, R-CODE-09: an ECS without public bandwidth, or downgraded to none; R-CODE-06 pay-as-you-go.
        var ecs = await BuyAsync(applicant, new { productType = "ecs", months = 12 });
        await applicant.PostJsonAsync($"/api/sandbox/shop/instances/{ecs}/downgrade", new { bandwidthMbps = 0 });
        await CodeRefusedAsync(applicant, ecs, "R-CODE-07");
        await applicant.PostJsonAsync($"/api/sandbox/shop/instances/{ecs}/downgrade", new { bandwidthMbps = 5, billing = "PayAsYouGo" });
        await CodeRefusedAsync(applicant, ecs, "R-CODE-06");

        // R-CODE-08: expired; R-CODE-04: outside the mainland.
        var light = await BuyAsync(applicant, new { productType = "lightweight", months = 6 });
        await applicant.PostJsonAsync($"/api/sandbox/shop/instances/{light}/expire", null);
        await CodeRefusedAsync(applicant, light, "R-CODE-08");
        await CodeRefusedAsync(applicant, await BuyAsync(applicant, new { productType = "ecs", months = 12, mainland = false }), "R-CODE-04");

        // R-CODE-10: elastic web hosting counts five codes per account, across its instances.
        var first = await BuyAsync(applicant, new { productType = "elastic-web-hosting", months = 1 });
        var second = await BuyAsync(applicant, new { productType = "elastic-web-hosting", months = 1 });
        for (var i = 0; i < 5; i++)
        {
            await CodeAsync(applicant, i % 2 == 0 ? first : second);
        }

        await CodeRefusedAsync(applicant, second, "R-CODE-10");
    }

    private static async Task<Guid> BuyAsync(HttpClient applicant, object purchase) =>
        (await applicant.PostJsonAsync("/api/sandbox/shop/purchases", purchase, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Task<JsonElement> CodeAsync(HttpClient applicant, Guid instance) =>
        applicant.PostJsonAsync($"/api/instances/{instance}/service-codes", null, HttpStatusCode.Created);

    private static async Task CodeRefusedAsync(HttpClient applicant, Guid instance, string rule) =>
        await (await applicant.PostAsync(new Uri($"/api/instances/{instance}/service-codes", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, rule);
}
