using System.Net;
using System.Net.Http.Json;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Miit;

public class NationalQueryTests
{
    [Fact]
    public async Task OneKeyword_FindsByDomainNumberUnitOrServiceName_InTheNationalShape_Paged_R_APP_36_R_APP_37()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("national281@example.com");
        var (subject, website) = await journey.FiledAsync(applicant, 281, "national-281.cn", moreDomains: ["national-281.com.cn"]);
        var anonymous = factory.CreateClient();

        async Task<System.Text.Json.JsonElement> QueryAsync(string keyword, int pageSize = 10, int pageNum = 1) =>
            (await anonymous.PostJsonAsync("/api/miit/icp-query", new { unitName = keyword, serviceType = 1, pageNum, pageSize })).GetProperty("params");

        var byDomain = await QueryAsync("www.national-281.cn");
        var row = byDomain.GetProperty("list")[0];
        Assert.Equal(website, row.GetProperty("serviceLicence").GetString());
        Assert.Equal(subject, row.GetProperty("mainLicence").GetString());
        Assert.Equal("测试用户281", row.GetProperty("unitName").GetString());
        Assert.Equal("否", row.GetProperty("limitAccess").GetString());
        Assert.Equal("个人", row.GetProperty("natureName").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", row.GetProperty("updateRecordTime").GetString()!);

        // The subject's number, the website's number, a prefix of the unit's name and of the website's name: each one
        // website with two domains, so two rows — shown one page at a time.
        foreach (var keyword in new[] { subject, website, "测试用户28", "个人技术" })
        {
            var found = await QueryAsync(keyword, pageSize: 1);
            Assert.Equal(2, found.GetProperty("total").GetInt32());
            Assert.Equal(2, found.GetProperty("pages").GetInt32());
            Assert.Single(found.GetProperty("list").EnumerateArray());
        }

        var second = await QueryAsync(subject, pageSize: 1, pageNum: 2);
        Assert.Equal("national-281.com.cn", second.GetProperty("list")[0].GetProperty("domain").GetString());
        Assert.Equal(0, (await QueryAsync("nowhere-281.cn")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await QueryAsync("户281")).GetProperty("total").GetInt32()); // a prefix, not any substring

        var answer = await anonymous.PostJsonAsync("/api/miit/icp-query", new { unitName = subject, serviceType = 6 });
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal(0, answer.GetProperty("params").GetProperty("total").GetInt32());
        await (await anonymous.PostAsJsonAsync("/api/miit/icp-query", new { unitName = subject, serviceType = 2 })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-APP-36");
    }
}
