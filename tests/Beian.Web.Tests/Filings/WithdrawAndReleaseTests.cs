using System.Net;
using System.Net.Http.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class WithdrawAndReleaseTests
{
    [Fact]
    public async Task WithdrawTakesAReasonFromTheList_AndReturnsTheOrderToDraft_R_ORDER_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("withdraw@example.com");
        var order = await FilingJourney.FileAsync(applicant, 191, "withdraw-191.cn");
        var id = order.GetProperty("id").GetGuid();
        await (await applicant.PostAsJsonAsync($"/api/orders/{id}/withdraw", new { text = "随便写的" })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ORDER-06");
        var withdrawn = await applicant.PostJsonAsync($"/api/orders/{id}/withdraw", new { text = "信息填写有误，需要修改" });
        Assert.Equal("Draft", withdrawn.GetProperty("state").GetString());
        Assert.Equal("T18", withdrawn.GetProperty("timeline").EnumerateArray().Last().GetProperty("transition").GetString());
    }

    [Fact]
    public async Task SupportReleasesAForgottenAccountsOrder_ButNotWhileTheBureauHoldsIt_R_ACCT_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var forgotten = await journey.NewApplicantAsync("forgotten@example.com");
        var order = await FilingJourney.FileAsync(forgotten, 192, "release-192.cn");
        var atBureau = await FilingJourney.FileAsync(await journey.NewApplicantAsync("bureau193@example.com"), 193, "release-193.cn");
        await journey.ReviewerApprovesAsync(atBureau.GetProperty("id").GetGuid());

        var support = await factory.SignInAsync(DemoData.Admin);
        var released = await support.PostJsonAsync($"/api/support/orders/{order.GetProperty("id").GetGuid()}/abandon", new { text = "邮件#20261128：已核验手持身份证照片与域名证书" });
        Assert.Equal("Abandoned", released.GetProperty("state").GetString());
        // Its service code went free with it, for the owner's next website.
        var code = order.GetProperty("draft").GetProperty("websites")[0].GetProperty("serviceCode").GetString();
        Assert.Equal("Available", (await forgotten.GetJsonAsync("/api/service-codes")).EnumerateArray().Single(c => c.GetProperty("value").GetString() == code).GetProperty("state").GetString());
        await (await support.PostAsJsonAsync($"/api/support/orders/{atBureau.GetProperty("id").GetGuid()}/abandon", new { text = "申请释放" }))
            .ProblemAsync(HttpStatusCode.Conflict, "R-ORDER-07");

        // The domain and certificate are free again.
        var next = await journey.NewApplicantAsync("next192@example.com");
        var check = await next.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(192, "release-192.cn"));
        Assert.Equal("FirstFiling", check.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnApplicantMayEscalateAnOrderNobodyTouchedForThreeWorkingDays_R_REVIEW_10()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("escalate@example.com");
        var order = await FilingJourney.FileAsync(applicant, 163, "escalate-163.cn");
        var id = order.GetProperty("id").GetGuid();
        Assert.Equal(PlatformFactory.Start.AddDays(1), order.GetProperty("reviewDueBy").GetDateTimeOffset()); // R-REVIEW-01
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/escalate", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "R-REVIEW-10");

        factory.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        applicant = await factory.SignInAsync("escalate@example.com");
        var escalated = await applicant.PostJsonAsync($"/api/orders/{id}/escalate", null);
        Assert.Contains(escalated.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("description").GetString() == "申请人催办");
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/escalate", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.Conflict, "R-REVIEW-10");
    }
}
