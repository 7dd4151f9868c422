using System.Net;
using System.Net.Http.Json;
using Beian.Web.Data;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

/// <summary>分享链接 (R-DOC-15): one principal of one draft, for thirty minutes, without signing in.</summary>
public class ShareLinkTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AShareLink_OpensForItsPrincipalWithoutSigningIn_AndDiesAfterThirtyMinutes_R_DOC_15(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("share371@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var id = (await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(371, "share-371.cn"), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(371, "share-371.cn", code, websitePrincipal: 372));

        var unknownRole = await applicant.PostAsync(new Uri($"/api/orders/{id}/share-links", UriKind.Relative), JsonContent.Create(new { role = "websites[5].principal" }));
        await unknownRole.ProblemAsync(HttpStatusCode.UnprocessableEntity, "real_person.role_unknown");
        var created = await applicant.PostJsonAsync($"/api/orders/{id}/share-links", new { role = "websites[0].principal" }, HttpStatusCode.Created);
        var path = created.GetProperty("path").GetString()!;

        // Anyone with the link sees the order number and the principal's masked name, nothing more.
        var anonymous = factory.CreateClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Contains("测**", page, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.IdNumber(372), page, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.Mobile(372), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path + "x", UriKind.Relative))).StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
        var stored = await db.ShareLinks.SingleAsync();
        Assert.DoesNotContain(path.Split('/')[^1], stored.TokenHash, StringComparison.Ordinal);
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "share-link.create"));
    }
}
