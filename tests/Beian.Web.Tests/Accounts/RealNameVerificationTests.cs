using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Accounts;

public class RealNameVerificationTests
{
    [Fact]
    public async Task AnUnverifiedAccount_IsWarnedBeforeSubmitting_UntilItsHolderIsVerified_R_ACCT_07()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("realname@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(141, "realname-141.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(141, "realname-141.cn", code));
        var before = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        var warning = Assert.Single(before.GetProperty("byField").GetProperty("account").EnumerateArray());
        Assert.Equal("R-ACCT-07", warning.GetProperty("ruleIds")[0].GetString());
        Assert.Equal("Warning", warning.GetProperty("severity").GetString());

        // The identity database does not know this person yet: refused, and nothing changes.
        var request = new { kind = "individual", name = "测试用户", certificateNumber = TestPeople.IdNumber(141) };
        await (await applicant.PostAsJsonAsync("/api/accounts/me/real-name", request)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "account.real_name_failed");
        Assert.Equal(JsonValueKind.Null, (await applicant.GetJsonAsync("/api/accounts/me")).GetProperty("realName").ValueKind);

        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { identities = new[] { new { number = TestPeople.IdNumber(141), name = "测试用户", expiresOn = "2040-01-01" } } });
        var me = await applicant.PostJsonAsync("/api/accounts/me/real-name", request);
        Assert.Equal("测试用户", me.GetProperty("realName").GetString());
        var after = await applicant.GetJsonAsync($"/api/orders/{id}/findings");
        Assert.False(after.GetProperty("byField").TryGetProperty("account", out _));
    }

    [Fact]
    public async Task ABusinessNotInBusiness_CannotVerifyTheAccount()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new
        {
            businesses = new[] { new { creditCode = "91330106673959654P", name = "杭州示例科技有限公司", legalRepresentative = "李四", status = "吊销", scope = "软件开发" } },
        });
        var applicant = await new FilingJourney(factory).NewApplicantAsync("company@example.com");
        var refused = await applicant.PostAsJsonAsync("/api/accounts/me/real-name", new { kind = "enterprise", name = "杭州示例科技有限公司", certificateNumber = "91330106673959654P" });
        var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "account.real_name_failed");
        Assert.Contains("吊销", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
