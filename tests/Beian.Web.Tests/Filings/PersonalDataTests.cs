using System.Net;
using System.Net.Http.Json;
using System.Text;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

public class PersonalDataTests
{
    [Fact]
    public async Task CertificateAndPhoneNumbers_AreMaskedInResponsesAndAbsentFromTheDatabaseFiles()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("wang@example.com");
        var id = TestPeople.IdNumber(7);
        var mobile = TestPeople.Mobile(7);
        var order = await FilingJourney.FileAsync(applicant, 7, "wang-site.cn");
        var orderId = order.GetProperty("id").GetGuid();

        var reviewer = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Reviewer);
        var bodies = new List<string>
        {
            await (await applicant.GetAsync(new Uri($"/api/orders/{orderId}", UriKind.Relative))).Content.ReadAsStringAsync(),
            await (await applicant.GetAsync(new Uri("/api/orders", UriKind.Relative))).Content.ReadAsStringAsync(),
            await (await reviewer.GetAsync(new Uri($"/api/review/orders/{orderId}", UriKind.Relative))).Content.ReadAsStringAsync(),
            await (await reviewer.GetAsync(new Uri("/api/review/queue", UriKind.Relative))).Content.ReadAsStringAsync(),
        };
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(id, body, StringComparison.Ordinal);
            Assert.DoesNotContain(mobile, body, StringComparison.Ordinal);
        }

        var view = await applicant.GetJsonAsync($"/api/orders/{orderId}");
        var principal = view.GetProperty("draft").GetProperty("subject").GetProperty("principal");
        Assert.Equal(id[..3] + new string('*', 12) + id[^3..], principal.GetProperty("certificateNumber").GetString());
        Assert.Equal(mobile[..3] + "****" + mobile[^4..], principal.GetProperty("mobile").GetString());

        await journey.ReviewerApprovesAsync(orderId);
        await journey.VerifySmsAsync(7);

        // Every byte the databases wrote, the write-ahead log included, holds the numbers only encrypted.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(factory.DataFolder, "beian.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain(mobile, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheOwnerSeesItsDraftInFullOnlyWhileItCanBeEdited()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("zhao@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(8, "zhao-site.cn"), HttpStatusCode.Created);
        var orderId = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{orderId}/draft", FilingJourney.Draft(8, "zhao-site.cn", code));

        var editing = await applicant.GetJsonAsync($"/api/orders/{orderId}/draft");
        Assert.Equal(TestPeople.IdNumber(8), editing.GetProperty("subject").GetProperty("certificateNumber").GetString());

        await FilingJourney.UploadDocumentsAsync(applicant, orderId);
        await applicant.PostJsonAsync($"/api/orders/{orderId}/submit", null);
        var submitted = await applicant.GetJsonAsync($"/api/orders/{orderId}/draft");
        Assert.Contains("*", submitted.GetProperty("subject").GetProperty("certificateNumber").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewersReveal_ShowsTheValueAndIsAudited()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("qian@example.com");
        var order = await FilingJourney.FileAsync(applicant, 9, "qian-site.cn");
        var reviewer = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Reviewer);
        var url = $"/api/review/orders/{order.GetProperty("id").GetGuid()}/reveal";

        var missing = await (await reviewer.PostAsJsonAsync(url, new { field = "subject.principal.mobile" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal("reason", missing.GetProperty("missing")[0].GetString());
        await (await reviewer.PostAsJsonAsync(url, new { field = "subject.principal.mobile", reason = " " })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "reveal.reason_required");
        var revealed = await reviewer.PostJsonAsync(url, new { field = "subject.principal.mobile", reason = "初审电话核验" });
        Assert.Equal(TestPeople.Mobile(9), revealed.GetProperty("value").GetString());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Beian.Web.Data.ProviderDb>();
        var audit = Assert.Single(db.Audit);
        Assert.Equal("personal-data.reveal", audit.Action);
        Assert.Equal("初审专员小王", audit.UserName);
        Assert.EndsWith("subject.principal.mobile", audit.Target, StringComparison.Ordinal);
        Assert.Equal("初审电话核验", audit.Reason);
    }
}
