using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Compliance;

/// <summary>R-FOOTER-12 in the review of a change, and R-FOOTER-15's snippet on 我的备案.</summary>
public class FooterReviewTests
{
    [Fact]
    public async Task TheReviewerOfAChangeSeesAnApprovedSiteWithoutItsNumber_WithTheCatalogReason_R_FOOTER_12_R_REVIEW_13()
    {
        await using var sites = await TestSites.StartAsync();
        using var factory = FooterCheckTests.Platform(sites);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("review261@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 261, "review-261.cn");
        await FooterCheckTests.LoopbackNamesAsync(factory, "review-261.cn");
        sites.Page("review-261.cn", "© 2026");

        // R-FOOTER-15: the record page gives the snippet with the number this site must show.
        var record = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0];
        Assert.Equal($"<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">{website}</a>", record.GetProperty("footerSnippet").GetString());

        var change = await journey.StartRecordOrderAsync(applicant, subject, "ChangeSubject");
        var id = change.GetProperty("id").GetGuid();
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        var reviewer = await factory.SignInAsync(DemoData.Reviewer);

        var missing = await reviewer.GetJsonAsync($"/api/review/orders/{id}/findings");
        Assert.Contains("REJ-FOOTER-NUMBER-MISSING", missing.GetProperty("suggestedRejections").EnumerateArray().Select(r => r.GetString()));

        sites.Page("review-261.cn", website);
        var unlinked = await reviewer.GetJsonAsync($"/api/review/orders/{id}/findings");
        Assert.Contains("REJ-FOOTER-NOT-LINKED", unlinked.GetProperty("suggestedRejections").EnumerateArray().Select(r => r.GetString()));

        sites.Page("review-261.cn", record.GetProperty("footerSnippet").GetString()!);
        var clean = await reviewer.GetJsonAsync($"/api/review/orders/{id}/findings");
        Assert.DoesNotContain(clean.GetProperty("suggestedRejections").EnumerateArray().Select(r => r.GetString()), c => c!.StartsWith("REJ-FOOTER", StringComparison.Ordinal));
    }
}
