using System.Net;
using Beian.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Beian.Web.Tests.Filings;

/// <summary>The generated PDFs, parsed back: the templates of R-DOC-16 and the filing certificate of R-MISC-04.</summary>
public class PdfDocumentsTests
{
    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheTemplates_AreFilledWithTheOrdersData_AndTheCertificateWithTheRecord_ParsedBack_R_DOC_16_R_MISC_04(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("pdf381@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 381, "pdf-381.cn");
        var draft = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(381, "pdf-381.com"), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();

        var letter = await PdfTextAsync(applicant, $"/api/orders/{id}/templates/authorisation-letter");
        Assert.Contains("网站负责人授权书", letter, StringComparison.Ordinal);
        Assert.Contains("测试用户381", letter, StringComparison.Ordinal);
        Assert.Contains("北京市通信管理局", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.IdNumber(381), letter, StringComparison.Ordinal);
        Assert.Contains("承诺", await PdfTextAsync(applicant, $"/api/orders/{id}/templates/commitment-letter"), StringComparison.Ordinal);
        Assert.Contains("pdf-381.com", await PdfTextAsync(applicant, $"/api/orders/{id}/templates/construction-plan"), StringComparison.Ordinal);
        await (await applicant.GetAsync(new Uri($"/api/orders/{id}/templates/nope", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "template.not_found");

        var certificate = await PdfTextAsync(applicant, $"/api/records/{Uri.EscapeDataString(website)}/certificate/pdf");
        Assert.Contains("ICP备案证明", certificate, StringComparison.Ordinal);
        Assert.Contains(subject, certificate, StringComparison.Ordinal);
        Assert.Contains("pdf-381.cn", certificate, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPeople.IdNumber(381), certificate, StringComparison.Ordinal);

        var other = await journey.NewApplicantAsync("pdf382@example.com");
        await (await other.GetAsync(new Uri($"/api/records/{Uri.EscapeDataString(website)}/certificate/pdf", UriKind.Relative))).ProblemAsync(HttpStatusCode.NotFound, "record.not_found");
    }
}
