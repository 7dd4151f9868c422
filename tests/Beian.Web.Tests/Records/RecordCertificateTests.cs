using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Records;

/// <summary>备案证明 (R-MISC-04): the record as the provider holds it, to print.</summary>
public class RecordCertificateTests
{
    [Fact]
    public async Task TheCertificate_ListsTheSubjectAndEachServiceWithItsApproval_AndMasksTheCertificateNumber_R_MISC_04()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("certificate309@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 309, "certificate-309.cn");

        // Asked by the subject's number or by its website's, the same certificate.
        foreach (var number in new[] { subject, website })
        {
            var certificate = await applicant.GetJsonAsync($"/api/records/{Uri.EscapeDataString(number)}/certificate");
            Assert.Equal(subject, certificate.GetProperty("subjectIcpNumber").GetString());
            Assert.Equal("测试用户309", certificate.GetProperty("subjectName").GetString());
            Assert.DoesNotContain(TestPeople.IdNumber(309), certificate.GetRawText(), StringComparison.Ordinal);
            var service = Assert.Single(certificate.GetProperty("services").EnumerateArray());
            Assert.Equal(website, service.GetProperty("icpNumber").GetString());
            Assert.Equal("certificate-309.cn", service.GetProperty("domains")[0].GetString());
            Assert.Equal("正常", service.GetProperty("statusName").GetString());
        }
    }
}
