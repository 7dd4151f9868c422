using System.Net;
using System.Text.Json;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Filings;

/// <summary>Each row of the filing-type decision table (lifecycle §3, D01–D14), reached through the API.</summary>
public class FilingTypeDecisionTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EveryRowOfTheDecisionTable_IsReachedThroughTheApi(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);

        // Filed here under account A: person 51 with here-51.cn.
        var accountA = await journey.NewApplicantAsync("a@example.com");
        var filed = await FilingJourney.FileAsync(accountA, 51, "here-51.cn");
        await journey.ReviewerApprovesAsync(filed.GetProperty("id").GetGuid());
        await journey.VerifySmsAsync(51);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(filed.GetProperty("number").GetString()!);
        await journey.SyncAsync();

        // Filed through another provider: person 52 (Beijing) with elsewhere-52.cn; person 53 with elsewhere-53.cn;
        // and an empty-shell subject, person 54.
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new object[]
            {
                Subject(52, new { name = "测试用户52的网站", domains = new[] { "elsewhere-52.cn" } }),
                Subject(53, new { name = "测试用户53的网站", domains = new[] { "elsewhere-53.cn" } }),
                Subject(54),
            },
        });

        // An order in progress here for person 55 with busy-55.cn.
        var busy = await journey.NewApplicantAsync("busy@example.com");
        await busy.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(55, "busy-55.cn"), HttpStatusCode.Created);

        var checker = await journey.NewApplicantAsync("checker@example.com");
        async Task<JsonElement> Check(object form, HttpClient? who = null) => await (who ?? checker).PostJsonAsync("/api/filings/basic-check", form);

        await AssertBlocked(Check(FilingJourney.BasicInfo(55, "fresh-1.cn")), "D01", "R-BASIC-02", "R-ORDER-03");
        await AssertBlocked(Check(FilingJourney.BasicInfo(56, "busy-55.cn")), "D02", "R-BASIC-01", "R-ORDER-02");
        await AssertBlocked(Check(FilingJourney.BasicInfo(51, "fresh-2.cn")), "D03", "R-BASIC-05", "R-ACCT-02");
        await AssertBlocked(Check(FilingJourney.BasicInfo(57, "here-51.cn")), "D04", "R-BASIC-03", "R-ACCT-03");
        await AssertBlocked(Check(FilingJourney.BasicInfo(51, "here-51.cn"), accountA), "D05", "R-BASIC-04");
        await AssertBlocked(Check(FilingJourney.BasicInfo(53, "elsewhere-52.cn")), "D06", "R-BASIC-10");
        await AssertBlocked(Check(FilingJourney.BasicInfo(52, "fresh-3.cn", provinceCode: "33")), "D07", "R-BASIC-06");
        await AssertBlocked(Check(FilingJourney.BasicInfo(54, "fresh-4.cn")), "D08", "R-BASIC-11");
        await AssertType(Check(FilingJourney.BasicInfo(58, "fresh-5.cn")), "D09", "FirstFiling");
        await AssertType(Check(FilingJourney.BasicInfo(51, "fresh-6.cn"), accountA), "D10", "NewWebsiteSubjectHere");
        await AssertType(Check(FilingJourney.BasicInfo(52, "fresh-7.cn")), "D11", "NewWebsiteSubjectElsewhere");
        await AssertBlocked(Check(FilingJourney.BasicInfo(52, "fresh-8.cn", name: "别的名字")), "D11", "R-BASIC-07");
        await AssertType(Check(FilingJourney.BasicInfo(52, "elsewhere-52.cn")), "D12", "Access");
        await AssertBlocked(Check(WithContinueAccess(FilingJourney.BasicInfo(52, "fresh-9.cn"))), "D13", "R-BASIC-09");
        await AssertBlocked(Check(FilingJourney.BasicInfo(59, "elsewhere-53.cn")), "D14", "R-BASIC-12");

        // Two domains that would be two different filing types cannot share one order (R-BASIC-08).
        var mixed = WithDomains(FilingJourney.BasicInfo(52, "elsewhere-52.cn"), "fresh-10.cn");
        var split = await Check(mixed);
        Assert.Equal("R-BASIC-08", split.GetProperty("block").GetProperty("ruleIds")[0].GetString());
        Assert.Equal("domains[1]", split.GetProperty("block").GetProperty("field").GetString());

        // The order-creating endpoint refuses the same way, with the rule as the problem's code.
        var refused = await checker.PostAsync(new Uri("/api/orders", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(FilingJourney.BasicInfo(53, "elsewhere-52.cn")));
        var problem = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-BASIC-10");
        Assert.Equal("domains[0]", problem.GetProperty("findings")[0].GetProperty("field").GetString());
    }

    private static object Subject(int person, params object[] websites) => new
    {
        provinceCode = "11",
        name = $"测试用户{person}",
        nature = "Individual",
        certificateType = "居民身份证",
        certificateNumber = TestPeople.IdNumber(person),
        websites,
    };

    private static Dictionary<string, object?> WithDomains(object form, string another)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(form))!;
        map["domains"] = new[] { ((JsonElement)map["domains"]!)[0].GetString(), another };
        return map;
    }

    private static Dictionary<string, object?> WithContinueAccess(object form)
    {
        var json = JsonSerializer.Serialize(form);
        var map = JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;
        map["continueAccess"] = true;
        return map;
    }

    /// <summary>The row blocks with <paramref name="rules"/>: the first is the row's own rule, the others the rules it also is.</summary>
    private static async Task AssertBlocked(Task<JsonElement> check, string row, params string[] rules)
    {
        var result = await check;
        Assert.Equal(row, result.GetProperty("row").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("type").ValueKind);
        Assert.Equal(rules, result.GetProperty("block").GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()).Take(rules.Length));
        Assert.Equal("Blocking", result.GetProperty("block").GetProperty("severity").GetString());
    }

    private static async Task AssertType(Task<JsonElement> check, string row, string type)
    {
        var result = await check;
        Assert.Equal(row, result.GetProperty("row").GetString());
        Assert.Equal(type, result.GetProperty("type").GetString());
    }
}
