using System.Net;
using System.Net.Http.Json;
using Beian.Web.Data;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Accounts;

/// <summary>找回账号 and 申诉 (R-ACCT-05), and 「忘记原账号」 from the D03 dialog (R-ACCT-02).</summary>
public class AccountRecoveryTests
{
    private const string NewPassword = "Recovered#2026-Blue";


    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnAccount_IsRecoveredByTheCodeToItsSecurityPhone_AndItsOldSessionsEnd_R_ACCT_05(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("recover341@example.com");
        await journey.BindSecurityPhoneAsync(applicant);
        var anonymous = factory.CreateClient();
        var key = factory.WithApiKey((await applicant.PostJsonAsync("/api/accounts/me/api-keys", new { name = "脚本", scopes = new[] { "records:read" } }, HttpStatusCode.Created)).GetProperty("secret").GetString()!);
        await key.GetJsonAsync("/api/records");

        // The same answer for an account, an unknown address and an account without a phone.
        var known = await anonymous.PostJsonAsync("/api/accounts/recover/codes", new { email = "recover341@example.com" });
        var unknown = await anonymous.PostJsonAsync("/api/accounts/recover/codes", new { email = "nobody341@example.com" });
        Assert.Equal(known.GetRawText(), unknown.GetRawText());

        var code = await journey.SecurityCodeAsync(use: "找回账号");
        var wrong = code == "000000" ? "111111" : "000000";
        await (await anonymous.PostAsJsonAsync("/api/accounts/recover", new { email = "recover341@example.com", code = wrong, newPassword = NewPassword }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "security_code.invalid");
        await (await anonymous.PostAsJsonAsync("/api/accounts/recover", new { email = "nobody341@example.com", code, newPassword = NewPassword }, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "security_code.invalid");

        // A weak password is refused in Chinese, and the code stays good for the next try.
        var weak = await anonymous.PostAsJsonAsync("/api/accounts/recover", new { email = "recover341@example.com", code, newPassword = "123" }, Api.Json);
        var problem = await weak.ProblemAsync(HttpStatusCode.UnprocessableEntity, "account.PasswordTooShort");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem.GetProperty("detail").GetString()!);

        var recovered = await anonymous.PostJsonAsync("/api/accounts/recover", new { email = "recover341@example.com", code, newPassword = NewPassword });
        Assert.Equal("recover341@example.com", recovered.GetProperty("email").GetString());
        await (await applicant.GetAsync(new Uri("/api/accounts/me", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.session_ended");
        // A key whoever held the account made goes with the old sessions.
        await (await key.GetAsync(new Uri("/api/records", UriKind.Relative))).ProblemAsync(HttpStatusCode.Unauthorized, "auth.api_key_invalid");
        await factory.SignInAsync("recover341@example.com", NewPassword);

        await using var scope = factory.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ProviderDb>().Audit.AnyAsync(a => a.Action == "account.recover"));
    }

    [Fact]
    public async Task ForgottenOriginalAccount_IsFoundByTheFiledCertificate_ThroughItsSecurityPhone_R_ACCT_02()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var original = await journey.NewApplicantAsync("recover342@example.com");
        await journey.FiledAsync(original, 342, "recover-342.cn");
        await journey.BindSecurityPhoneAsync(original);

        // A new account meets D03 for the same certificate, and asks for the original account.
        var newcomer = await journey.NewApplicantAsync("recover343@example.com");
        var blocked = await newcomer.PostAsJsonAsync("/api/orders", FilingJourney.BasicInfo(342, "recover-342b.cn"), Api.Json);
        await blocked.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-BASIC-05");
        var certificateNumber = TestPeople.IdNumber(342);
        await newcomer.PostJsonAsync("/api/accounts/recover/codes", new { certificateNumber });
        var code = await journey.SecurityCodeAsync(use: "找回账号");
        var recovered = await newcomer.PostJsonAsync("/api/accounts/recover", new { certificateNumber, code, newPassword = NewPassword });
        Assert.Equal("recover342@example.com", recovered.GetProperty("email").GetString());
    }

    [Fact]
    public async Task AnAppeal_WithTheHoldersPhoto_GrantedBySupport_BindsTheNewPhone_ForRecovery_R_ACCT_05()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("recover344@example.com");
        await journey.BindSecurityPhoneAsync(applicant);
        var anonymous = factory.CreateClient();

        using var form = new MultipartFormDataContent
        {
            { new StringContent("recover344@example.com"), "email" },
            { new StringContent("13700137000"), "newPhone" },
            { new StringContent("原手机号已注销"), "reason" },
            { new ByteArrayContent(FilingJourney.Photo()), "photo", "holding-id.jpg" },
        };
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync(new Uri("/api/accounts/recover/appeals", UriKind.Relative), form)).StatusCode);

        var support = await factory.StaffAsync("support", "support344@provider.example");
        var appeal = (await support.GetJsonAsync("/api/support/appeals?state=Open"))[0];
        Assert.Equal("137****7000", appeal.GetProperty("newPhone").GetString());
        var id = appeal.GetProperty("id").GetGuid();
        var photo = await support.GetAsync(new Uri($"/api/support/appeals/{id}/photo", UriKind.Relative));
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var decided = await support.PostJsonAsync($"/api/support/appeals/{id}/decision", new { grant = true, note = "照片与实名信息一致" });
        Assert.Equal("Granted", decided.GetProperty("state").GetString());
        await (await support.PostAsJsonAsync($"/api/support/appeals/{id}/decision", new { grant = false }, Api.Json)).ProblemAsync(HttpStatusCode.Conflict, "appeal.decided");

        // The new phone now receives the recovery code.
        Assert.Equal("137****7000", (await applicant.GetJsonAsync("/api/accounts/me")).GetProperty("securityPhone").GetString());
        await anonymous.PostJsonAsync("/api/accounts/recover/codes", new { email = "recover344@example.com" });
        var code = await journey.SecurityCodeAsync("13700137000", "找回账号");
        await anonymous.PostJsonAsync("/api/accounts/recover", new { email = "recover344@example.com", code, newPassword = NewPassword });

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "appeal.photo.view"));
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "appeal.grant"));
    }
}
