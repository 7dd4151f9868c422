using System.Net;
using System.Net.Http.Json;
using System.Text;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Records;

/// <summary>批量查询 and 导出: many domains in one request, and all of an account's records and orders as a spreadsheet.</summary>
public class BulkLookupTests
{
    [Fact]
    public async Task TenThousandDomainsAreAnsweredInOneRequest_OwnInFull_OthersAsThePublicQueryShowsThem()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("bulk@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 251, "bulk-251.cn");
        await journey.FiledElsewhereAsync(252, "别处的博客", "elsewhere-252.cn");
        var asked = new List<string> { "bulk-251.cn", "WWW.Bulk-251.cn", "elsewhere-252.cn", "not a domain!" };
        asked.AddRange(Enumerable.Range(0, 10_000 - asked.Count).Select(i => $"free-{i}.cn"));

        var answers = await applicant.PostJsonAsync("/api/records/lookup", new { domains = asked });

        Assert.Equal(10_000, answers.GetArrayLength());
        var own = answers[0];
        Assert.Equal("own", own.GetProperty("status").GetString());
        Assert.Equal(subject, own.GetProperty("own").GetProperty("subjectIcpNumber").GetString());
        Assert.Equal(website, own.GetProperty("own").GetProperty("websiteIcpNumber").GetString());
        Assert.Equal("Normal", own.GetProperty("own").GetProperty("status").GetString());
        Assert.Equal(("own", "bulk-251.cn"), (answers[1].GetProperty("status").GetString(), answers[1].GetProperty("matchedDomain").GetString()));
        var other = answers[2];
        Assert.Equal("filed", other.GetProperty("status").GetString());
        Assert.Equal("别处的博客", other.GetProperty("public").GetProperty("websiteName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.GetProperty("own").ValueKind);
        Assert.Equal("invalid", answers[3].GetProperty("status").GetString());
        Assert.All(answers.EnumerateArray().Skip(4), a => Assert.Equal("not_filed", a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ACsvListIsTaken_WithOrWithoutAHeader_AndMoreThanTenThousandIsRefused()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("bulk-csv@example.com");
        await journey.FiledAsync(applicant, 253, "csv-253.cn");

        var answers = await (await applicant.PostAsync(new Uri("/api/records/lookup", UriKind.Relative), new StringContent("domain\ncsv-253.cn\nnone-253.cn\n", Encoding.UTF8, "text/csv"))).ReadJsonAsync();
        Assert.Equal(["own", "not_filed"], answers.EnumerateArray().Select(a => a.GetProperty("status").GetString()));
        answers = await (await applicant.PostAsync(new Uri("/api/records/lookup", UriKind.Relative), new StringContent("csv-253.cn,备注\r\n", Encoding.UTF8, "text/csv"))).ReadJsonAsync();
        Assert.Equal("own", Assert.Single(answers.EnumerateArray()).GetProperty("status").GetString());

        var tooMany = await applicant.PostAsync(new Uri("/api/records/lookup", UriKind.Relative), JsonContent.Create(new { domains = Enumerable.Range(0, 10_001).Select(i => $"d{i}.cn") }));
        await tooMany.ProblemAsync(HttpStatusCode.UnprocessableEntity, "lookup.too_many");
        await (await applicant.PostAsync(new Uri("/api/records/lookup", UriKind.Relative), JsonContent.Create(new { domains = Array.Empty<string>() }))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "lookup.empty");
    }

    [Fact]
    public async Task AnAccountExportsItsRecordsAndOrders_AsCsvOrXlsx()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("export@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 254, "export-254.cn");
        var order = (await applicant.GetJsonAsync("/api/orders"))[0].GetProperty("number").GetString()!;

        var records = await applicant.GetAsync(new Uri("/api/records/export?format=csv", UriKind.Relative));
        Assert.Equal("text/csv", records.Content.Headers.ContentType!.MediaType);
        var csv = await records.Content.ReadAsStringAsync();
        Assert.StartsWith("主体备案号,主办者名称", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(website, csv, StringComparison.Ordinal);
        Assert.Contains("export-254.cn", csv, StringComparison.Ordinal);
        Assert.Contains(order, await applicant.GetStringAsync(new Uri("/api/orders/export?format=csv", UriKind.Relative)), StringComparison.Ordinal);

        var xlsx = await applicant.GetByteArrayAsync(new Uri("/api/orders/export?format=xlsx", UriKind.Relative));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains(order, await sheet.ReadToEndAsync(), StringComparison.Ordinal);

        var other = await journey.NewApplicantAsync("export-other@example.com");
        Assert.DoesNotContain(website, await other.GetStringAsync(new Uri("/api/records/export?format=csv", UriKind.Relative)), StringComparison.Ordinal);
        await (await applicant.GetAsync(new Uri("/api/records/export?format=pdf", UriKind.Relative))).ProblemAsync(HttpStatusCode.UnprocessableEntity, "export.format_unknown");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("京ICP备2024036842号-1", "京ICP备2024036842号-1")]
    [InlineData("", "")]
    public void ACsvCellThatASpreadsheetWouldRunIsWrittenAsText(string value, string written) =>
        Assert.Equal(written, Beian.Platform.TableExport.Inert(value));
}
