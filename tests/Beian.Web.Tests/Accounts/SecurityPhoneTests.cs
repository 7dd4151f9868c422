using System.Net;
using System.Net.Http.Json;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Accounts;

/// <summary>安全手机: bound with a code, asked before a change starts (R-ACCT-08), limited on stored times.</summary>
public class SecurityPhoneTests
{

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AChange_IsRefusedWithoutTheSecurityPhoneCode_AndStartsWithIt_R_ACCT_08(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("phone301@example.com");
        var (subject, _) = await journey.FiledAsync(applicant, 301, "phone-301.cn");
        var url = $"/api/records/{Uri.EscapeDataString(subject)}/orders";

        // No phone bound: the account must bind one first.
        await (await applicant.PostAsJsonAsync(url, new { type = "ChangeSubject" }, Api.Json)).ProblemAsync(HttpStatusCode.Conflict, "account.security_phone_missing");
        await (await applicant.PostAsJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" }, Api.Json)).ProblemAsync(HttpStatusCode.Conflict, "account.security_phone_missing");

        await journey.BindSecurityPhoneAsync(applicant);
        Assert.Equal("138****8000", (await applicant.GetJsonAsync("/api/accounts/me")).GetProperty("securityPhone").GetString());

        // Bound, but no code: refused with the rule; a wrong code is refused and counted.
        await (await applicant.PostAsJsonAsync(url, new { type = "ChangeSubject" }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-08");
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" });
        var code = await journey.SecurityCodeAsync(use: "办理变更备案");
        var wrong = code == "000000" ? "111111" : "000000";
        await (await applicant.PostAsJsonAsync(url, new { type = "ChangeSubject", securityCode = wrong }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "security_code.invalid");
        Assert.DoesNotContain((await applicant.GetJsonAsync("/api/orders")).EnumerateArray(), o => o.GetProperty("type").GetString() == "ChangeSubject");

        // The right code starts the change, once.
        var change = await applicant.PostJsonAsync(url, new { type = "ChangeSubject", securityCode = code }, HttpStatusCode.Created);
        Assert.Equal("ChangeSubject", change.GetProperty("type").GetString());
        await applicant.PostJsonAsync($"/api/orders/{change.GetProperty("id").GetGuid()}/abandon", null);
        await (await applicant.PostAsJsonAsync(url, new { type = "ChangeSubject", securityCode = code }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-08");

        // A cancel-access asks no code.
        var website = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("icpNumber").GetString()!;
        await journey.StartRecordOrderAsync(applicant, website, "CancelAccess");
    }

    [Fact]
    public async Task BindingAndReplacing_TheSecurityPhone_NeedTheCodesOfBothPhones_AndAreAudited()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("phone302@example.com");

        await (await applicant.PostAsJsonAsync("/api/accounts/me/security-codes", new { purpose = "BindPhone", phone = "12345" }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "account.security_phone_invalid");
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "BindPhone", phone = "13800138000" });

        // The code sent to one phone does not bind another.
        var code = await journey.SecurityCodeAsync("13800138000");
        var other = await applicant.PutAsync(new Uri("/api/accounts/me/security-phone", UriKind.Relative), JsonContent.Create(new { phone = "13900139000", code }, options: Api.Json));
        await other.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-05");
        await applicant.PutJsonAsync("/api/accounts/me/security-phone", new { phone = "13800138000", code });

        // Replacing: the new phone's code alone is not enough.
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "BindPhone", phone = "13900139000" });
        var newCode = await journey.SecurityCodeAsync("13900139000");
        var alone = await applicant.PutAsync(new Uri("/api/accounts/me/security-phone", UriKind.Relative), JsonContent.Create(new { phone = "13900139000", code = newCode }, options: Api.Json));
        await alone.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ACCT-05");
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "ReplacePhone" });
        var currentCode = await journey.SecurityCodeAsync("13800138000", "更换安全手机");
        var replaced = await applicant.PutJsonAsync("/api/accounts/me/security-phone", new { phone = "13900139000", code = newCode, currentCode });
        Assert.Equal("139****9000", replaced.GetProperty("phone").GetString());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Beian.Web.Data.ProviderDb>();
        Assert.Equal(["account.security-phone.bind", "account.security-phone.replace"], db.Audit.Where(a => a.Action.StartsWith("account.security-phone")).OrderBy(a => a.At).Select(a => a.Action).ToList());
        Assert.All(db.SecurityCodes.ToList(), c => Assert.DoesNotContain("138", c.Hash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Codes_GoOutOnceAMinute_AndTenADay_CountedOnStoredTimes()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("phone303@example.com");
        await journey.BindSecurityPhoneAsync(applicant);

        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" });
        var again = await applicant.PostAsJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" }, Api.Json);
        var problem = await again.ProblemAsync(HttpStatusCode.TooManyRequests, "security_code.too_soon");
        Assert.InRange(problem.GetProperty("retryAfter").GetInt32(), 1, 60);

        for (var i = 2; i < 10; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(1));
            await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "StartChange" });
        }

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await (await applicant.PostAsJsonAsync("/api/accounts/me/security-codes", new { purpose = "Transfer" }, Api.Json)).ProblemAsync(HttpStatusCode.TooManyRequests, "security_code.too_soon");
        factory.Time.Advance(TimeSpan.FromDays(1));
        await applicant.PostJsonAsync("/api/accounts/me/security-codes", new { purpose = "Transfer" });
    }
}
