using System.Net;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Bureau;

/// <summary>The bureau decides from the whole application, with personal numbers masked.</summary>
public class ApplicationDetailTests
{
    [Fact]
    public async Task TheBureauReadsTheWholeApplication_SubjectPrincipalsAndServices_WithNumbersMasked()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("detail307@example.com");
        var order = await FilingJourney.FileAsync(applicant, 307, "detail-307.cn");
        await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
        await journey.SyncAsync();

        var bureau = await factory.SignInAsync(DemoData.BureauOperator);
        var number = order.GetProperty("number").GetString()!;
        var listed = await bureau.GetJsonAsync($"/api/bureau/applications?orderNumber={number}");
        var id = Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString();
        var detail = await bureau.GetJsonAsync($"/api/bureau/applications/{id}");

        Assert.Equal("测试用户307", detail.GetProperty("summary").GetProperty("subjectName").GetString());
        Assert.Equal("北京市海淀区中关村大街1号", detail.GetProperty("mailingAddress").GetString());
        var service = Assert.Single(detail.GetProperty("services").EnumerateArray());
        Assert.Equal("detail-307.cn", service.GetProperty("domains")[0].GetString());
        Assert.False(string.IsNullOrEmpty(service.GetProperty("accessIp").GetString()));
        var principal = detail.GetProperty("subjectPrincipal");
        Assert.Contains("*", principal.GetProperty("certificateNumber").GetString(), StringComparison.Ordinal);
        Assert.Contains("****", principal.GetProperty("mobile").GetString(), StringComparison.Ordinal);
        var body = detail.GetRawText();
        Assert.DoesNotContain(TestPeople.IdNumber(307), body, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.Mobile(307), body, StringComparison.Ordinal);

        await (await bureau.GetAsync(new Uri("/api/bureau/applications/no-such-application", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "application.not_found");
    }
}
