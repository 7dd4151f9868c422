using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Rules;

/// <summary>Issue #16's rules as the API answers them.</summary>
public class RuleFidelityTests
{
    [Fact]
    public async Task ARegionOtherThanTheRecords_NamesThisProvider_R_BASIC_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Platform:ProviderName"] = "示例云" });
        var journey = new FilingJourney(factory);
        await journey.FiledElsewhereAsync(261, "别处的网站", "elsewhere-261.cn");
        var applicant = await journey.NewApplicantAsync("region261@example.com");
        var check = await applicant.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(261, "new-261.cn", provinceCode: "31"));
        Assert.Equal("R-BASIC-06", check.GetProperty("block").GetProperty("ruleIds")[0].GetString());
        Assert.Equal("该证件或域名已备案,请与备案成功信息的主办单位所属区域保持一致,或在原接入商完成变更后,再通过示例云新增备案。", check.GetProperty("block").GetProperty("message").GetString());
    }

    [Fact]
    public async Task ADomainFiledElsewhere_WhoseSubjectIsHereUnderAnotherAccount_MeetsD04BeforeD14_R_BASIC_03_R_ACCT_03()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var owner = await journey.NewApplicantAsync("owner262@example.com");
        var (subject, _) = await journey.FiledAsync(owner, 262, "here-262.cn");

        // The same subject has another website at another provider.
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/national-record", new { subjects = Array.Empty<object>() });
        await using (var scope = factory.Scope())
        {
            var bureau = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Beian.Bureau.Data.BureauDb>(scope.ServiceProvider);
            var national = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(bureau.Subjects, s => s.Websites), s => s.IcpNumber == subject);
            bureau.Websites.Add(new Beian.Bureau.Model.NationalWebsite
            {
                Id = Guid.CreateVersion7(),
                SubjectId = national.Id,
                IcpNumber = subject + "-9",
                Name = "别处的网站",
                Homepage = "http://there-262.cn",
                ApprovedAt = factory.Time.GetUtcNow(),
                Providers = ["other-provider"],
                Domains = [new() { Domain = "there-262.cn" }],
            });
            await bureau.SaveChangesAsync();
        }

        var other = await journey.NewApplicantAsync("other262@example.com");
        var check = await other.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(263, "there-262.cn"));
        Assert.Equal("D04", check.GetProperty("row").GetString());
        var block = check.GetProperty("block");
        Assert.Equal(["R-BASIC-03", "R-ACCT-03"], block.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));

        // And the owner's own check says the subject is already here.
        var own = await owner.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(262, "more-262.cn"));
        Assert.True(own.GetProperty("subjectAlreadyHere").GetBoolean());
    }

    [Theory]
    [InlineData("+86 138 0013 8262")]
    [InlineData("138-0013-8262")]
    [InlineData("13800138262")]
    public async Task APhoneIsOneNumberHoweverItIsTyped_AndIsShownInTheNationalForm(string typed)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("phone@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(264, "phone-264.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = JsonSerializer.SerializeToNode(FilingJourney.Draft(264, "phone-264.cn", code), Api.Json)!;
        draft["subject"]!["principal"]!["mobile"] = typed;
        draft["subject"]!["principal"]!["landline"] = "0571-88888888";
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);

        var saved = await applicant.GetJsonAsync($"/api/orders/{id}/draft");
        Assert.Equal("13800138262", saved.GetProperty("subject").GetProperty("principal").GetProperty("mobile").GetString());
        Assert.Equal("0571-88888888", saved.GetProperty("subject").GetProperty("principal").GetProperty("landline").GetString());
    }

    [Fact]
    public async Task AnEmergencyPhoneThatIsNoMobile_IsRefusedAtSave_WithTheSpecsWords_ButAMissingOneIsAFindingAtTheCheck_R_PRIN_04()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("emergency@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(265, "emergency-265.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = JsonSerializer.SerializeToNode(FilingJourney.Draft(265, "emergency-265.cn", code), Api.Json)!;

        draft["subject"]!["principal"]!["emergencyPhone"] = "010-88888888";
        var refused = await (await applicant.PutAsJsonAsync($"/api/orders/{id}/draft", draft, Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-PRIN-04");
        Assert.StartsWith("应急联系电话为必填项,请填写您最常用的手机号码,保持电话畅通。应急联系电话请填写手机号码", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Missing, it is saved; the check and the submission name it.
        draft["subject"]!["principal"]!["emergencyPhone"] = null;
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);
        Assert.Contains("subject.principal.emergencyPhone", (await applicant.GetJsonAsync($"/api/orders/{id}/findings")).GetRawText(), StringComparison.Ordinal);
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-PRIN-04");

        // An individual's website principal may rely on the subject's emergency mobile.
        draft["subject"]!["principal"]!["emergencyPhone"] = TestPeople.Mobile(765);
        draft["websites"]![0]!["principal"]!["emergencyPhone"] = null;
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);
        Assert.DoesNotContain("emergencyPhone", (await applicant.GetJsonAsync($"/api/orders/{id}/findings")).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicSuffixIsNoDomainToFile()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("suffix@example.com");
        var refused = await (await applicant.PostAsJsonAsync("/api/orders", FilingJourney.BasicInfo(266, "com.cn"), Api.Json)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "draft.invalid");
        Assert.Contains("公共后缀", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFifteenDigitIdNumberOnImport_FindsTheSubjectByItsEighteenDigitForm()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        // 110105490101002 is the first-generation form of 110105194901010021 (century and check character added).
        await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[] { new { provinceCode = "11", name = "老证件", nature = "Individual", certificateType = "居民身份证", certificateNumber = "110105490101002", websites = new[] { new { name = "老网站", domains = new[] { "old-267.cn" } } } } },
        });
        var applicant = await new FilingJourney(factory).NewApplicantAsync("old267@example.com");
        var form = JsonSerializer.SerializeToNode(FilingJourney.BasicInfo(267, "new-267.cn", name: "老证件"), Api.Json)!;
        form["certificateNumber"] = Beian.Identity.ResidentIdNumber.WithEighteenDigits("110105490101002");
        var check = await applicant.PostJsonAsync("/api/filings/basic-check", form);
        Assert.Equal("NewWebsiteSubjectElsewhere", check.GetProperty("type").GetString());
    }

    [Fact]
    public async Task SignInsLiveByTheRealClock_AndASweptExpiryCarriesTheTimeItFellDue()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("clock@example.com");
        var order = await FilingJourney.FileAsync(applicant, 268, "clock-268.cn");
        var expires = order.GetProperty("expiresAt").GetDateTimeOffset();

        factory.Time.Advance(TimeSpan.FromDays(60));
        await factory.SweepAsync();

        // The same token still works after the platform clock jumped sixty days.
        var expired = await applicant.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}");
        var last = expired.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("T19", last.GetProperty("transition").GetString());
        Assert.Equal(expires, last.GetProperty("at").GetDateTimeOffset());
    }
}
