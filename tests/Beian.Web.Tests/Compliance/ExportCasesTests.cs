using System.IO.Compression;
using System.Net;
using System.Text;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Compliance;

public class ExportCasesTests
{
    [Fact]
    public async Task TheCasesExportAsCsvAndXlsx_WithTheirChineseText()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("export231@example.com");
        var (subject, _) = await journey.FiledAsync(applicant, 231, "export-231.cn");
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new { blacklist = new[] { new { kind = "unreachable-phone", value = TestPeople.Mobile(231) } } });
        await FooterCheckTests.RunAsync(factory, "registries");

        var csv = await admin.GetByteArrayAsync(new Uri("/api/compliance/cases/export?format=csv", UriKind.Relative));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("问题编号,问题,备案号", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("INSP-PHONE-INVALID,", StringComparison.Ordinal) && l.Contains(subject, StringComparison.Ordinal));

        var xlsx = await admin.GetByteArrayAsync(new Uri("/api/compliance/cases/export?format=xlsx", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
        Assert.Contains(sheets, x => x.Contains("INSP-PHONE-INVALID", StringComparison.Ordinal) && x.Contains("整改中", StringComparison.Ordinal));

        var refused = await admin.GetAsync(new Uri("/api/compliance/cases/export?format=pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }
}
