using System.Net;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class DocumentUploadTests
{
    [Fact]
    public async Task Uploads_AreCheckedBySizeAndContent_AndANewUploadReplacesTheOld()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("docs@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(181, "docs-181.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();

        await (await UploadAsync(applicant, id, new byte[100 * 1024], "small.jpg")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-DOC-04");
        await (await UploadAsync(applicant, id, new byte[5 * 1024 * 1024], "big.jpg")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-DOC-04");
        var pdf = FilingJourney.Photo();
        "%PDF"u8.CopyTo(pdf);
        await (await UploadAsync(applicant, id, pdf, "renamed.jpg")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-DOC-05");

        var first = await (await UploadAsync(applicant, id, FilingJourney.Photo(), "id.jpg")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("image/jpeg", first.GetProperty("detectedType").GetString());
        Assert.Equal(64, first.GetProperty("sha256").GetString()!.Length);
        var png = FilingJourney.Photo(300 * 1024);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        await (await UploadAsync(applicant, id, png, "id.png")).ReadJsonAsync(HttpStatusCode.Created);

        // R-DOC-12: the second upload for the same slot replaced the first.
        var documents = await applicant.GetJsonAsync($"/api/orders/{id}/documents");
        var only = Assert.Single(documents.EnumerateArray());
        Assert.Equal("image/png", only.GetProperty("detectedType").GetString());
        Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, "uploads")));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid order, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(bytes);
        form.Add(file, "file", name);
        using var kind = new StringContent("principal-id");
        using var role = new StringContent("subject.principal");
        form.Add(kind, "kind");
        form.Add(role, "role");
        return await client.PostAsync(new Uri($"/api/orders/{order}/documents", UriKind.Relative), form);
    }
}
