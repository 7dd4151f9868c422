using System.Net;
using Beian.Instances;
using Beian.Reference;
using Beian.Web.Features.Instances;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Instances;

public class ServiceCodeTests
{
    private static readonly DateTimeOffset Now = PlatformFactory.Start;

    private static CloudInstance Ecs() => new()
    {
        ProductType = "ecs",
        Mainland = true,
        Billing = BillingType.Subscription,
        SubscriptionMonths = 12,
        BandwidthMbps = 5,
        ExpiresAt = Now.AddYears(1),
    };

    public static TheoryData<string, string?> Instances() => new()
    {
        { "eligible", null },
        { "unknown-product", "R-CODE-01" },
        { "outside-mainland", "R-CODE-04" },
        { "two-months", "R-CODE-05" },
        { "pay-as-you-go", "R-CODE-06" },
        { "no-bandwidth", "R-CODE-07" },
        { "expired", "R-CODE-08" },
        { "iot-five-months", "R-CODE-20" },
        { "iot-order-under-90-yuan", "R-CODE-20" },
        { "iot-eligible", null },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Eligibility_FollowsTheProductTable(string instance, string? refusedBy)
    {
        var i = Ecs();
        switch (instance)
        {
            case "unknown-product": i.ProductType = "domain"; break;
            case "outside-mainland": i.Mainland = false; break;
            case "two-months": i.SubscriptionMonths = 2; break;
            case "pay-as-you-go": i.Billing = BillingType.PayAsYouGo; break;
            case "no-bandwidth": i.BandwidthMbps = 0; break;
            case "expired": i.ExpiresAt = Now.AddDays(-1); break;
            case "iot-five-months": (i.ProductType, i.BandwidthMbps, i.SubscriptionMonths, i.OrderAmountYuan) = ("iot-package", 0, 5, 120); break;
            case "iot-order-under-90-yuan": (i.ProductType, i.BandwidthMbps, i.SubscriptionMonths, i.OrderAmountYuan) = ("iot-package", 0, 6, 89); break;
            case "iot-eligible": (i.ProductType, i.BandwidthMbps, i.SubscriptionMonths, i.OrderAmountYuan) = ("iot-package", 0, 6, 90); break;
        }

        Assert.Equal(refusedBy, ApplyServiceCode.Refusal(i, ProductTable.Find(i.ProductType), Now)?.Code);
    }

    [Fact]
    public void ASiteBuilderProduct_CarriesExactlyOneCode_R_CODE_17()
    {
        var siteBuilder = ProductTable.Find("site-builder")!;
        Assert.Equal(1, siteBuilder.CodesPerUnit);
        Assert.Equal("R-CODE-17", siteBuilder.Rule);
    }

    [Fact]
    public void ADowngradedInstance_IsNoLongerEligible_R_CODE_09()
    {
        var downgraded = Ecs();
        downgraded.BandwidthMbps = 0;
        Assert.Equal("R-CODE-07", ApplyServiceCode.Refusal(downgraded, ProductTable.Find("ecs"), Now)?.Code);
    }

    [Fact]
    public async Task CodesStopAtTheProductsQuota_R_CODE_10_AndOnlyTheBuyerMayApply_R_CODE_14_ForTheProductItIs_R_CODE_15()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await factory.SignInAsync(DemoData.Applicant);
        var instances = await applicant.GetJsonAsync("/api/instances");
        var ecs = instances.EnumerateArray().First(i => i.GetProperty("productType").GetString() == "ecs" && i.GetProperty("mainland").GetBoolean());
        var id = ecs.GetProperty("id").GetGuid();
        for (var n = 0; n < 5; n++)
        {
            await applicant.PostJsonAsync($"/api/instances/{id}/service-codes", null, HttpStatusCode.Created);
        }

        await (await applicant.PostAsync(new Uri($"/api/instances/{id}/service-codes", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CODE-10");
        // The instance list says beforehand why no code can be had, so that the console does not offer one.
        var after = (await applicant.GetJsonAsync("/api/instances")).EnumerateArray().ToList();
        Assert.Equal("该实例可申请的备案服务码已用完。", after.First(i => i.GetProperty("id").GetGuid() == id).GetProperty("noCodeReason").GetString());
        Assert.Contains("不在中国内地", after.First(i => !i.GetProperty("mainland").GetBoolean()).GetProperty("noCodeReason").GetString(), StringComparison.Ordinal);
        // Asking with the wrong product type for the instance: 产品信息无效 (R-CODE-15).
        var lightweight = instances.EnumerateArray().First(i => i.GetProperty("productType").GetString() == "lightweight").GetProperty("id").GetGuid();
        await (await applicant.PostAsync(new Uri($"/api/instances/{lightweight}/service-codes", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { productType = "ecs" })))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CODE-15");
        await applicant.PostJsonAsync($"/api/instances/{lightweight}/service-codes", new { productType = "lightweight" }, HttpStatusCode.Created);
        var hongKong = instances.EnumerateArray().First(i => !i.GetProperty("mainland").GetBoolean()).GetProperty("id").GetGuid();
        await (await applicant.PostAsync(new Uri($"/api/instances/{hongKong}/service-codes", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CODE-04");

        var other = await new FilingJourney(factory).NewApplicantAsync("other-buyer@example.com");
        await (await other.PostAsync(new Uri($"/api/instances/{id}/service-codes", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.NotFound, "R-CODE-14");
    }

    [Theory]
    [InlineData("not-a-code", "R-CODE-21")]
    [InlineData("32a43232-a888-88e8-b9ec-00888be80001", "R-CODE-16")]
    public async Task SubmissionNeedsAKnownWellFormedCode(string code, string rule)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("codes@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(71, "codes-71.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(71, "codes-71.cn", code));
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, rule);
    }

    [Fact]
    public async Task ACodeServesOneWebsite_R_CODE_11_AndAFiledCodeIsUsedUp_R_CODE_12_R_CODE_13()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var first = await journey.NewApplicantAsync("first@example.com");
        var order = await FilingJourney.FileAsync(first, 72, "codes-72.cn");
        var view = await first.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}");
        var code = view.GetProperty("draft").GetProperty("websites")[0].GetProperty("serviceCode").GetString()!;

        var second = await journey.NewApplicantAsync("second@example.com");
        var other = await second.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(73, "codes-73.cn"), HttpStatusCode.Created);
        var otherId = other.GetProperty("id").GetGuid();
        await second.PutJsonAsync($"/api/orders/{otherId}/draft", FilingJourney.Draft(73, "codes-73.cn", code));
        await (await second.PostAsync(new Uri($"/api/orders/{otherId}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CODE-11");

        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(72);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        var codes = await first.GetJsonAsync("/api/service-codes");
        Assert.Equal("Used", codes.EnumerateArray().Single(c => c.GetProperty("value").GetString() == code).GetProperty("state").GetString());
        await (await second.PostAsync(new Uri($"/api/orders/{otherId}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CODE-12");
    }
}
