using System.Net;
using System.Text.Json;
using Beian.Bureau;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Bureau.Registries;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Bureau;

public class AutomaticReviewTests
{
    [Fact]
    public async Task AReviewNobodyDecides_IsApprovedOnTheProvincesWorkingDay_R_PROV_CFG_20()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, _) = await AtTheBureauAsync(factory, 131, "auto-131.cn");
        var miit = factory.CreateClient();

        // Monday 10:00 Beijing + 5 working days is next Monday 10:00; the Friday before, nothing is decided yet.
        factory.Time.Advance(TimeSpan.FromDays(4) - TimeSpan.FromHours(1));
        await factory.SweepAsync();
        Assert.Equal(0, (await miit.GetJsonAsync("/api/miit/records?domain=auto-131.cn")).GetArrayLength());

        factory.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await journey.SyncAsync();
        var record = await miit.GetJsonAsync("/api/miit/records?domain=auto-131.cn");
        Assert.StartsWith("京ICP备2026", record[0].GetProperty("websiteIcpNumber").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameSubjectAtAnotherProviderAtOnce_IsRejectedAsAHostConflict_M_07_R_ORDER_11()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (journey, orderNumber) = await AtTheBureauAsync(factory, 132, "conflict-132.cn");
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
            var ours = await db.Applications.AsNoTracking().SingleAsync(a => a.OrderNumber == orderNumber);
            db.Applications.Add(new BureauApplication
            {
                Id = "other-provider-application",
                ProviderId = "another-provider",
                OrderNumber = "X1",
                Type = ours.Type,
                ProvinceCode = ours.ProvinceCode,
                Data = ours.Data,
                SubjectCertificateIndex = ours.SubjectCertificateIndex,
                State = ApplicationState.AwaitingSms,
                SubmittedAt = factory.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        // An operator cannot approve it…
        var bureau = await factory.SignInAsync(DemoData.BureauOperator);
        var id = (await bureau.GetJsonAsync("/api/bureau/applications?state=InReview")).EnumerateArray().First(a => a.GetProperty("orderNumber").GetString() == orderNumber).GetProperty("id").GetString();
        var refused = await bureau.PostJsonAsync($"/api/bureau/applications/{id}/approve", null, HttpStatusCode.Conflict);
        Assert.Equal("application.checks_failed", refused.GetProperty("code").GetString());

        // …and when the review falls due the bureau rejects it with the catalog's reason.
        factory.Time.Advance(TimeSpan.FromDays(7));
        await journey.SyncAsync();
        await using var check = factory.Scope();
        var application = await check.ServiceProvider.GetRequiredService<BureauDb>().Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(ApplicationState.Rejected, application.State);
        Assert.Equal("REJ-HOST-CONFLICT", Assert.Single(application.Rejections).Code);
        Assert.Equal(AutomaticReview.OperatorName, application.DecidedBy);
    }

    [Fact]
    public async Task SpotCheckCalls_RejectAnUnreachablePrincipal_OnlyWhereTheProvinceCalls_R_PROV_CFG_16()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var (_, orderNumber) = await AtTheBureauAsync(factory, 133, "spot-133.cn");
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        db.Blacklist.Add(new BlacklistEntry { Kind = RegistrySimulators.UnreachablePhone, Value = protector.IndexOf(TestPeople.Mobile(133), PersonalDataKind.Phone) });
        await db.SaveChangesAsync();
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.OrderNumber == orderNumber);
        var checks = scope.ServiceProvider.GetRequiredService<BureauChecks>();
        var beijing = ProvinceRuleTable.For("11");

        Assert.Empty(await checks.FindAsync(application, beijing, CancellationToken.None));
        var reason = Assert.Single(await checks.FindAsync(application, beijing with { SpotCheckCalls = true }, CancellationToken.None));
        Assert.Equal("REJ-PHONE-PROBLEM", reason.Code);
        Assert.DoesNotContain(TestPeople.Mobile(133), reason.Remark, StringComparison.Ordinal);

        // An operator's approval runs the same checks inside its transaction.
        await using var transaction = await db.Database.BeginTransactionAsync();
        Assert.Equal("REJ-PHONE-PROBLEM", Assert.Single(await checks.FindAsync(application, beijing with { SpotCheckCalls = true }, CancellationToken.None)).Code);
    }

    [Fact]
    public async Task TheBureauLooksAtTheSubjectsApprovedSites_WhereTheProvinceDoesSo_R_PROV_CFG_07_R_PROV_CFG_08_R_REVIEW_16_R_ACCESS_10()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = Compliance.FooterCheckTests.Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("p135@example.com");
        await journey.FiledAsync(applicant, 135, "approved-135.cn");
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
        var filed = await db.Applications.AsNoTracking().SingleAsync();

        // The same subject comes back for a new website: its approved site is looked at where the province does so.
        var newWebsite = new BureauApplication { Id = "new-website-135", ProviderId = filed.ProviderId, Type = Beian.Filings.FilingType.NewWebsiteSubjectHere, ProvinceCode = "11", Data = filed.Data, SubjectCertificateIndex = filed.SubjectCertificateIndex };
        var checks = scope.ServiceProvider.GetRequiredService<BureauChecks>();
        var beijing = ProvinceRuleTable.For("11");
        Assert.Empty(await checks.FindAsync(newWebsite, beijing, CancellationToken.None));

        var resolving = beijing with { ApprovedSitesMustResolveHere = true };
        Assert.Equal("REJ-FILED-SITE-UNREACHABLE", Assert.Single(await checks.FindAsync(newWebsite, resolving, CancellationToken.None)).Code);
        await Compliance.FooterCheckTests.LoopbackNamesAsync(factory, "approved-135.cn");
        Assert.Empty(await checks.FindAsync(newWebsite, resolving, CancellationToken.None));

        var opening = beijing with { BureauChecksContent = true };
        Assert.Equal("REJ-CONTENT-UNVIEWABLE", Assert.Single(await checks.FindAsync(newWebsite, opening, CancellationToken.None)).Code);
        sites.Page("approved-135.cn", "京ICP备", content: "我的读书笔记");
        Assert.Empty(await checks.FindAsync(newWebsite, opening, CancellationToken.None));
        sites.Page("approved-135.cn", "京ICP备", content: "本公司新品上市 立即购买");
        Assert.Contains(await checks.FindAsync(newWebsite, opening, CancellationToken.None), r => r.Code == "REJ-SITE-CONTENT-INVALID");
    }

    private static async Task<(FilingJourney Journey, string OrderNumber)> AtTheBureauAsync(PlatformFactory factory, int person, string domain)
    {
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync($"p{person}@example.com");
        JsonElement order = await FilingJourney.FileAsync(applicant, person, domain);
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        Assert.True((await journey.VerifySmsAsync(person)).GetProperty("verified").GetBoolean());
        return (journey, order.GetProperty("number").GetString()!);
    }
}
