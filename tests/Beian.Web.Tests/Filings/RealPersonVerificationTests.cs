using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

public class RealPersonVerificationTests
{
    [Fact]
    public async Task R_FACE_01_APhotoOfTheIdCardIsReadToFillInThePrincipal_AnUnreadablePhotoIsRefused()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("idcard@example.com");
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(91, "idcard-91.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var photo = await ShotAsync(applicant, "id-card", new { name = "测试用户91", number = TestPeople.IdNumber(91), address = "北京市海淀区中关村大街1号" });

        var read = await (await PostPhotoAsync(applicant, $"/api/orders/{id}/real-person/id-card", photo)).ReadJsonAsync();
        Assert.Equal("测试用户91", read.GetProperty("name").GetString());
        Assert.Equal(TestPeople.IdNumber(91), read.GetProperty("certificateNumber").GetString());
        Assert.Equal("居民身份证", read.GetProperty("certificateType").GetString());
        Assert.Equal("北京市海淀区中关村大街1号", read.GetProperty("address").GetString());

        await (await PostPhotoAsync(applicant, $"/api/orders/{id}/real-person/id-card", FilingJourney.Photo())).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-FACE-01");
    }

    [Fact]
    public async Task R_FACE_03_TheFaceMustBeThePrincipals_FailuresMayBeRetried_AndTheThirdGoesToAReviewer()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { identities = new[] { new { number = TestPeople.IdNumber(92), name = "测试用户92", expiresOn = "2036-01-01" } } });
        var applicant = await new FilingJourney(factory).NewApplicantAsync("face@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(92, "face-92.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(92, "face-92.cn", code));

        // The subject principal's own face, in good light, passes.
        var own = await ShotAsync(applicant, "face", new { number = TestPeople.IdNumber(92) });
        Assert.Equal("Passed", (await CaptureAsync(applicant, id, "subject.principal", own)).GetProperty("state").GetString());

        // Someone else's face, or one taken in poor light, fails with the database's words; the third failure goes to a reviewer.
        var other = await ShotAsync(applicant, "face", new { number = TestPeople.IdNumber(93) });
        var first = await CaptureAsync(applicant, id, "websites[0].principal", other);
        Assert.Equal("Failed", first.GetProperty("state").GetString());
        Assert.Equal("人脸核验采集人脸与公安库不一致", first.GetProperty("message").GetString());
        var dark = await ShotAsync(applicant, "face", new { number = TestPeople.IdNumber(92), goodLight = false });
        Assert.Equal("Failed", (await CaptureAsync(applicant, id, "websites[0].principal", dark)).GetProperty("state").GetString());
        var third = await CaptureAsync(applicant, id, "websites[0].principal", dark);
        Assert.Equal("ManualReview", third.GetProperty("state").GetString());
        Assert.Equal(3, third.GetProperty("failedAttempts").GetInt32());

        var reviewer = await factory.SignInAsync(DemoData.Reviewer);
        var decided = await reviewer.PostJsonAsync($"/api/review/orders/{id}/real-person", new { role = "websites[0].principal", passed = true });
        Assert.Equal("PassedByReviewer", decided.GetProperty("state").GetString());
        var all = await applicant.GetJsonAsync($"/api/orders/{id}/real-person");
        Assert.Equal(["Passed", "PassedByReviewer"], all.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task R_FACE_03_APrincipalUnknownToTheDatabase_FailsAsACertificateMismatch()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("unknown-face@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(94, "face-94.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", FilingJourney.Draft(94, "face-94.cn", code));
        var face = await ShotAsync(applicant, "face", new { number = TestPeople.IdNumber(94) });
        var result = await CaptureAsync(applicant, id, "subject.principal", face);
        Assert.Equal("证件人脸与公安库不一致", result.GetProperty("message").GetString());
        await (await PostPhotoAsync(applicant, $"/api/orders/{id}/real-person/face", face, role: "websites[5].principal")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "real_person.role_unknown");
    }

    private static async Task<byte[]> ShotAsync(HttpClient client, string kind, object body) =>
        await (await client.PostAsync(new Uri($"/api/sandbox/camera/{kind}", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(body))).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();

    private static async Task<JsonElement> CaptureAsync(HttpClient client, Guid id, string role, byte[] photo) =>
        await (await PostPhotoAsync(client, $"/api/orders/{id}/real-person/face", photo, role)).ReadJsonAsync();

    private static async Task<HttpResponseMessage> PostPhotoAsync(HttpClient client, string url, byte[] photo, string? role = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "photo.jpg");
        if (role is not null)
        {
            form.Add(new StringContent(role), "role");
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }
}
