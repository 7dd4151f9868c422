using System.Net;
using System.Net.Http.Json;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

/// <summary>资料库 (R-DOC-18): documents of earlier orders placed in a new order's slots without uploading again.</summary>
public class DocumentLibraryTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ADocumentOfAnEarlierOrder_FillsSeveralSlotsOfANewOne_AndOutlivesItsReplacement_R_DOC_18_R_DOC_13(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("library361@example.com");
        await journey.FiledAsync(applicant, 361, "library-361.cn");
        var first = (await applicant.GetJsonAsync("/api/orders"))[0].GetProperty("id").GetGuid();

        // A new website for the same subject: the ID photo of the first filing is in the library.
        var second = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(361, "library-361.com"), HttpStatusCode.Created);
        var id = second.GetProperty("id").GetGuid();
        var library = await applicant.GetJsonAsync($"/api/orders/{id}/library");
        var photo = library.EnumerateArray().First(d => d.GetProperty("kind").GetString() == "principal-id");
        Assert.True(photo.GetProperty("usable").GetBoolean());

        var placed = await applicant.PostJsonAsync($"/api/orders/{id}/documents/from-library", new { documentId = photo.GetProperty("id").GetGuid(), roles = new[] { "subject.principal", "websites[0].principal" } });
        Assert.Equal(2, placed.GetArrayLength());
        var documents = await applicant.GetJsonAsync($"/api/orders/{id}/documents");
        Assert.Equal(2, documents.GetArrayLength());
        Assert.Single(documents.EnumerateArray().Select(d => d.GetProperty("sha256").GetString()).Distinct());

        // Replacing one slot with a new upload leaves the shared file to the first order.
        using (var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(FilingJourney.Photo(220 * 1024)), "file", "new.jpg" },
            { new StringContent("principal-id"), "kind" },
            { new StringContent("subject.principal"), "role" },
        })
        {
            await (await applicant.PostAsync(new Uri($"/api/orders/{id}/documents", UriKind.Relative), form)).ReadJsonAsync(HttpStatusCode.Created);
        }

        foreach (var d in (await applicant.GetJsonAsync($"/api/orders/{first}/documents")).EnumerateArray())
        {
            var content = await applicant.GetAsync(new Uri($"/api/orders/{first}/documents/{d.GetProperty("id").GetGuid()}/content", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        }

        // Another account's document is not in anyone else's library.
        var other = await journey.NewApplicantAsync("library362@example.com");
        var draft = await other.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(362, "library-362.cn"), HttpStatusCode.Created);
        var otherId = draft.GetProperty("id").GetGuid();
        Assert.Empty((await other.GetJsonAsync($"/api/orders/{otherId}/library")).EnumerateArray());
        var refused = await other.PostAsync(new Uri($"/api/orders/{otherId}/documents/from-library", UriKind.Relative),
            JsonContent.Create(new { documentId = photo.GetProperty("id").GetGuid(), roles = new[] { "subject.principal" } }, options: Api.Json));
        await refused.ProblemAsync(HttpStatusCode.NotFound, "document.not_found");
    }
}
