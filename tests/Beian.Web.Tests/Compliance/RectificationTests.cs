using System.Net;
using System.Text.Json.Nodes;
using Beian.Compliance;
using Beian.Gate;
using Beian.Web.Data;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Compliance;

/// <summary>Cases from the registries, their deadlines, the change that closes them and the overdue path (R-INSP-01..06).</summary>
public class RectificationTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AFindingOpensACaseWithItsDeadline_TheSiteRunsMeanwhile_AndTheChangeThatFixesItClosesIt_R_INSP_02_R_INSP_07_R_BLOCK_06(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("rect221@example.com");
        var (subject, _) = await journey.FiledAsync(applicant, 221, "rect-221.cn", websitePrincipal: 222);
        await UnreachableAsync(factory, TestPeople.Mobile(221 + 500));

        var report = await FooterCheckTests.RunAsync(factory, "registries");

        Assert.Equal(1, report.GetProperty("opened").GetInt32());
        var open = Assert.Single(await FooterCheckTests.CasesAsync(applicant));
        Assert.Equal("INSP-PHONE-INVALID", open.GetProperty("code").GetString());
        Assert.Equal(subject, open.GetProperty("target").GetString());
        Assert.Equal(factory.Time.GetUtcNow().AddDays(30).Date, open.GetProperty("deadline").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).Date.AddDays(-1));
        await using (var scope = factory.Scope())
        {
            var notices = await scope.ServiceProvider.GetRequiredService<ProviderDb>().Outbox.Where(m => m.Template == "inspection.opened").ToListAsync();
            Assert.Equal(2, notices.Count); // e-mail and SMS
        }

        // R-INSP-02: the site is served as before while the period runs.
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        Assert.Equal(GateReason.Allowed, factory.Services.GetRequiredService<GateState>().Current.Decide("rect-221.cn"));

        // The owner changes the subject principal's emergency phone; once approved, the next inspection closes the case.
        var change = await journey.StartRecordOrderAsync(applicant, subject, "ChangeSubject");
        var changeId = change.GetProperty("id").GetGuid();
        var draft = JsonNode.Parse((await applicant.GetJsonAsync($"/api/orders/{changeId}/draft")).GetRawText())!;
        draft["subject"]!["principal"]!["emergencyPhone"] = TestPeople.Mobile(221 + 600);
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", draft);
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await applicant.PostJsonAsync($"/api/orders/{changeId}/submit", null);
        await journey.ReviewerApprovesAsync(changeId);
        await journey.VerifySmsAsync(221);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(change.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await FooterCheckTests.RunAsync(factory, "registries");

        var closed = Assert.Single(await FooterCheckTests.CasesAsync(await factory.SignInAsync("rect221@example.com")));
        Assert.Equal("Rectified", closed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnOverdueCaseCancelsAccessOnce_TheGateBlocks_AndWithNoProviderLeftTheBureauCancelsTheRecord_R_INSP_03_R_BLOCK_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("overdue224@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 224, "overdue-224.cn");
        await UnreachableAsync(factory, TestPeople.Mobile(224));
        await FooterCheckTests.RunAsync(factory, "registries");
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);

        factory.Time.Advance(TimeSpan.FromDays(31));
        await factory.SweepAsync();
        await factory.SweepAsync();

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            Assert.All(await db.InspectionCases.ToListAsync(), c => Assert.Equal(CaseState.Overdue, c.State));
            var cancel = Assert.Single(await db.Orders.Where(o => o.Type == Beian.Filings.FilingType.CancelAccess).ToListAsync());
            Assert.Equal(Beian.Filings.OrderState.BureauReview, cancel.State);
            Assert.Equal(website, cancel.TargetIcpNumber);
            Assert.NotEmpty(await db.Outbox.Where(m => m.Template == "inspection.overdue").ToListAsync());
        }

        // Blocked here at once; the number stays at MIIT until the bureau decides and no provider is left.
        await factory.Services.GetRequiredService<GateFollower>().RefreshAsync(CancellationToken.None);
        Assert.Equal(GateReason.AccessCancelled, factory.Services.GetRequiredService<GateState>().Current.Decide("www.overdue-224.cn"));
        var cancelNumber = (await (await factory.SignInAsync("overdue224@example.com")).GetJsonAsync("/api/orders"))[0].GetProperty("number").GetString()!;
        await journey.BureauApprovesAsync(cancelNumber);
        await journey.SyncAsync();
        var visitor = factory.CreateClient();
        Assert.NotEmpty((await visitor.GetJsonAsync("/api/miit/records?domain=overdue-224.cn")).EnumerateArray());

        factory.Time.Advance(TimeSpan.FromDays(31));
        await factory.SweepAsync();
        Assert.Empty((await visitor.GetJsonAsync("/api/miit/records?domain=overdue-224.cn")).EnumerateArray());
    }

    [Fact]
    public async Task SupportExtendsADeadline_AndIllegalContentSuspendsAccessAtOnce_R_INSP_05_R_CONTENT_06()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("support225@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 225, "support-225.cn");
        await UnreachableAsync(factory, TestPeople.Mobile(225));
        await FooterCheckTests.RunAsync(factory, "registries");
        var admin = await factory.SignInAsync(DemoData.Admin);
        var open = (await FooterCheckTests.CasesAsync(applicant))[0];
        var id = open.GetProperty("id").GetGuid();

        var refused = await admin.PostJsonAsync($"/api/compliance/cases/{id}/extend", new { days = 0, reason = "" }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("compliance.extension_invalid", refused.GetProperty("code").GetString());
        var extended = await admin.PostJsonAsync($"/api/compliance/cases/{id}/extend", new { days = 10, reason = "新身份证办理中" });
        Assert.Equal(open.GetProperty("deadline").GetDateTimeOffset().AddDays(10), extended.GetProperty("deadline").GetDateTimeOffset());

        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        await admin.PostJsonAsync($"/api/compliance/websites/{Uri.EscapeDataString(website)}/suspend", new { reason = "网站存在赌博内容" }, HttpStatusCode.NoContent);
        await factory.Services.GetRequiredService<GateFollower>().RefreshAsync(CancellationToken.None);
        Assert.Equal(GateReason.Suspended, factory.Services.GetRequiredService<GateState>().Current.Decide("support-225.cn"));
    }

    private static async Task UnreachableAsync(PlatformFactory factory, string mobile)
    {
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { blacklist = new[] { new { kind = "unreachable-phone", value = mobile } } });
    }
}
