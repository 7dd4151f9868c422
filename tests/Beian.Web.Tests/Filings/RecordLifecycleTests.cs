using System.Net;
using System.Text.Json;
using Beian.Bureau.Data;
using Beian.Gate;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

/// <summary>Filing types beyond the first filing, each carried to its final state over the API.</summary>
public class RecordLifecycleTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OneWebsitesLife_FiledElsewhere_AccessedHere_Changed_AccessCancelled_R_ACCESS_02_R_ACCESS_05_R_CANCEL_01_R_CANCEL_08_R_CANCEL_10(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        await journey.FiledElsewhereAsync(91, "测试用户91的网站", "life-91.cn", "life-91.com");

        // Access (接入备案): the record gains this provider; the data stays MIIT's.
        var applicant = await journey.NewApplicantAsync("life@example.com");
        var access = await FilingJourney.FileAsync(applicant, 91, "life-91.cn");
        Assert.Equal("Access", access.GetProperty("type").GetString());
        await journey.ApprovedAsync(access, 91);
        var records = await applicant.GetJsonAsync("/api/records");
        var website = records[0].GetProperty("websites")[0];
        var websiteNumber = website.GetProperty("icpNumber").GetString()!;
        Assert.Equal(["life-91.cn", "life-91.com"], website.GetProperty("domains").EnumerateArray().Select(d => d.GetString()).Order());
        await using (var scope = factory.Scope())
        {
            // Access adds this provider; the provider that filed it keeps serving the site.
            var national = await scope.ServiceProvider.GetRequiredService<BureauDb>().Websites.AsNoTracking().SingleAsync(w => w.IcpNumber == websiteNumber);
            Assert.Equal(["beian-demo", "other-provider"], national.Providers.Order());
        }

        // Change website (变更网站): domains can only be removed.
        var change = await journey.StartRecordOrderAsync(applicant, websiteNumber, "ChangeWebsite");
        var changeId = change.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", ChangeDraft(91, ["life-91.cn", "new-91.cn"]));
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await (await applicant.PostAsync(new Uri($"/api/orders/{changeId}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CHG-06");
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", ChangeDraft(91, ["life-91.cn"]));
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await applicant.PostJsonAsync($"/api/orders/{changeId}/submit", null);
        await journey.ApprovedAsync(change, 91);
        Assert.Equal("Approved", (await applicant.GetJsonAsync($"/api/orders/{changeId}")).GetProperty("state").GetString());
        Assert.Empty((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=life-91.com")).EnumerateArray());
        Assert.Single((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=life-91.cn")).EnumerateArray());

        // Cancel access (取消接入): straight to the bureau, irrevocable, the number stays at MIIT.
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(websiteNumber)}/orders", new { type = "CancelAccess" }, HttpStatusCode.Created);
        var cancelId = cancel.GetProperty("id").GetGuid();
        await (await applicant.PostAsync(new Uri($"/api/orders/{cancelId}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-ORDER-09");
        var submitted = await applicant.PostJsonAsync($"/api/orders/{cancelId}/submit", new { confirmIrrevocable = true });
        Assert.Equal("BureauReview", submitted.GetProperty("state").GetString());
        Assert.DoesNotContain("Withdraw", submitted.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        records = await applicant.GetJsonAsync("/api/records");
        Assert.Equal("AccessCancelled", records[0].GetProperty("websites")[0].GetProperty("status").GetString());
        Assert.Single((await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=life-91.cn")).EnumerateArray());
        var admin = await factory.SignInAsync(DemoData.Admin);
        var notice = (await admin.GetJsonAsync("/api/sandbox/outbox")).EnumerateArray()
            .First(m => m.GetProperty("subject").GetString()!.Contains("取消接入", StringComparison.Ordinal));
        Assert.DoesNotContain("悬挂备案号", notice.GetProperty("body").GetString(), StringComparison.Ordinal);
        var codes = await applicant.GetJsonAsync("/api/service-codes");
        Assert.Contains(codes.EnumerateArray(), c => c.GetProperty("state").GetString() == "Void");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task NewWebsites_ForASubjectFiledElsewhereThenHere_AndACancelledWebsite_ReachTheirFinalStates(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        await journey.FiledElsewhereAsync(104, "测试用户104的博客", "blog-104.cn");
        var applicant = await journey.NewApplicantAsync("life104@example.com");
        async Task<string> StateAsync(JsonElement order) => (await applicant.GetJsonAsync($"/api/orders/{order.GetProperty("id").GetGuid()}")).GetProperty("state").GetString()!;

        // 新增网站 for a subject another provider filed, then for the same subject once it is accessed here.
        var elsewhere = await FilingJourney.FileAsync(applicant, 104, "notes-104.cn");
        Assert.Equal("NewWebsiteSubjectElsewhere", elsewhere.GetProperty("type").GetString());
        await journey.ApprovedAsync(elsewhere, 104);
        Assert.Equal("Approved", await StateAsync(elsewhere));
        var here = await FilingJourney.FileAsync(applicant, 104, "photo-104.cn");
        Assert.Equal("NewWebsiteSubjectHere", here.GetProperty("type").GetString());
        await journey.ApprovedAsync(here, 104);
        Assert.Equal("Approved", await StateAsync(here));

        // 注销网站: straight to the bureau; the website leaves the record, the subject and its other websites stay.
        var website = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites").EnumerateArray().Single(w => w.GetProperty("domains")[0].GetString() == "photo-104.cn");
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(website.GetProperty("icpNumber").GetString()!)}/orders", new { type = "CancelWebsite" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        Assert.Equal("Approved", await StateAsync(cancel));
        var websites = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites").EnumerateArray().ToList();
        Assert.Equal("Cancelled", websites.Single(w => w.GetProperty("domains")[0].GetString() == "photo-104.cn").GetProperty("status").GetString());
        Assert.Equal("Normal", websites.Single(w => w.GetProperty("domains")[0].GetString() == "notes-104.cn").GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ChangeSubject_ThenCancelSubject_FreesTheDomainForAFirstFiling_R_CANCEL_02_R_CANCEL_03_R_ACCT_09_R_BLOCK_05(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("owner92@example.com");
        var filed = await FilingJourney.FileAsync(applicant, 92, "subject-92.cn");
        await journey.ApprovedAsync(filed, 92);
        var subjectNumber = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("icpNumber").GetString()!;

        // Change subject (变更主体): a new mailing address.
        var change = await journey.StartRecordOrderAsync(applicant, subjectNumber, "ChangeSubject");
        var changeId = change.GetProperty("id").GetGuid();
        var draft = await applicant.GetJsonAsync($"/api/orders/{changeId}/draft");
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", Edited(draft, "北京市海淀区中关村大街27号"));
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await applicant.PostJsonAsync($"/api/orders/{changeId}/submit", null);
        await journey.ApprovedAsync(change, 92);
        Assert.Equal("Approved", (await applicant.GetJsonAsync($"/api/orders/{changeId}")).GetProperty("state").GetString());
        // A subject change does not touch access (R-BLOCK-05).
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        Assert.Equal(GateReason.Allowed, factory.Services.GetRequiredService<GateState>().Current.Decide("subject-92.cn"));

        // Cancel subject (注销主体): subject and all websites leave the national record.
        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(subjectNumber)}/orders", new { type = "CancelSubject" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        Assert.Equal("Cancelled", (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("status").GetString());
        Assert.Empty((await factory.CreateClient().GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(subjectNumber)}")).EnumerateArray());

        // The account holds no filing any more and may file any subject (R-ACCT-09)…
        var fresh = await applicant.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(95, "fresh-95.cn"));
        Assert.Equal("FirstFiling", fresh.GetProperty("type").GetString());

        // …and the domain is free: someone else's basic check now lands on a first filing.
        var next = await journey.NewApplicantAsync("next93@example.com");
        var check = await next.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(93, "subject-92.cn"));
        Assert.Equal("FirstFiling", check.GetProperty("type").GetString());
    }

    [Fact]
    public async Task TheOnlyDomainOfTheOnlyWebsite_IsRemovedByCancellingTheSubject_R_CANCEL_16()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("only94@example.com");
        var filed = await FilingJourney.FileAsync(applicant, 94, "only-94.cn");
        await journey.ApprovedAsync(filed, 94);
        var website = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0];
        Assert.DoesNotContain("CancelWebsite", website.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var refused = await applicant.PostAsync(
            new Uri($"/api/records/{Uri.EscapeDataString(website.GetProperty("icpNumber").GetString()!)}/orders", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { type = "CancelWebsite" }, options: Api.Json));
        await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-CANCEL-16");
    }

    [Fact]
    public async Task AChangeVerifiesTheNewMobileItBrings_R_SMS_09()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("mobile96@example.com");
        var (subjectNumber, _) = await journey.FiledAsync(applicant, 96, "mobile-96.cn");
        var change = await journey.StartRecordOrderAsync(applicant, subjectNumber, "ChangeSubject");
        var changeId = change.GetProperty("id").GetGuid();
        var newMobile = TestPeople.Mobile(196);
        var draft = await applicant.GetJsonAsync($"/api/orders/{changeId}/draft");
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", WithPrincipalField(draft, "mobile", newMobile));
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await applicant.PostJsonAsync($"/api/orders/{changeId}/submit", null);
        await journey.ReviewerApprovesAsync(changeId);

        var code = await journey.SmsCodeAsync(newMobile);
        var verified = await factory.CreateClient().PostJsonAsync("/api/miit/sms-verification", new { mobile = newMobile, idLastSix = TestPeople.IdNumber(96)[^6..], code });
        Assert.True(verified.GetProperty("verified").GetBoolean());
    }

    /// <summary>The draft with one field of its principal changed, in every role the (one) person holds.</summary>
    private static JsonElement WithPrincipalField(JsonElement draft, string field, string value)
    {
        static JsonElement Changed(JsonElement holder, string field, string value)
        {
            var map = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(holder.GetRawText())!;
            var principal = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(map["principal"].GetRawText())!;
            principal[field] = JsonSerializer.SerializeToElement(value);
            map["principal"] = JsonSerializer.SerializeToElement(principal);
            return JsonSerializer.SerializeToElement(map);
        }

        var root = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(draft.GetRawText())!;
        root["subject"] = Changed(root["subject"], field, value);
        root["websites"] = JsonSerializer.SerializeToElement(root["websites"].EnumerateArray().Select(w => Changed(w, field, value)).ToList());
        return JsonSerializer.SerializeToElement(root);
    }

    private static object ChangeDraft(int person, string[] domains) => new
    {
        subject = new { provinceCode = "11", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(person), name = $"测试用户{person}", certificateAddress = "北京市海淀区中关村大街1号", principal = FilingJourney.Principal(person) },
        websites = new[] { new { name = "测试用户91的网站", domains, principal = FilingJourney.Principal(person) } },
    };

    /// <summary>The draft as the owner reads it, with a new mailing address.</summary>
    private static JsonElement Edited(JsonElement draft, string mailingAddress)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(draft.GetRawText())!;
        var subject = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(map["subject"].GetRawText())!;
        subject["mailingAddress"] = JsonSerializer.SerializeToElement(mailingAddress);
        map["subject"] = JsonSerializer.SerializeToElement(subject);
        return JsonSerializer.SerializeToElement(map);
    }
}
