using System.Net;
using Beian.Bureau;
using Beian.Bureau.Data;
using Beian.Reference;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Bureau;

public class NumberIssuingTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ConcurrentAllocations_NeverHandOutTheSameSerial(string database)
    {
        using var factory = new PlatformFactory(database);
        var province = Provinces.FindByCode("44")!;
        var numbers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var number = await scope.ServiceProvider.GetRequiredService<NumberAllocator>().NextSubjectNumberAsync(province, factory.Time.GetUtcNow(), CancellationToken.None);
            await tx.CommitAsync();
            return number.ToString();
        }));
        Assert.Equal(12, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches("^粤ICP备2026\\d{6}号$", n));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TwoApprovalsAtOnce_GetDistinctNumbers(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var orders = new List<string>();
        foreach (var person in new[] { 21, 22 })
        {
            var applicant = await journey.NewApplicantAsync($"p{person}@example.com");
            var order = await FilingJourney.FileAsync(applicant, person, $"site{person}.cn", provinceCode: "51");
            await journey.ReviewerApprovesAsync(order.GetProperty("id").GetGuid());
            await journey.VerifySmsAsync(person);
            orders.Add(order.GetProperty("number").GetString()!);
        }

        await Task.WhenAll(orders.Select(journey.BureauApprovesAsync));
        var rows = await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=site21.cn");
        var other = await factory.CreateClient().GetJsonAsync("/api/miit/records?domain=site22.cn");
        var first = rows[0].GetProperty("websiteIcpNumber").GetString();
        var second = other[0].GetProperty("websiteIcpNumber").GetString();
        Assert.NotEqual(first, second);
        Assert.StartsWith("蜀ICP备2026", first, StringComparison.Ordinal);
        Assert.StartsWith("蜀ICP备2026", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebsiteNumbers_CountUpWithinOneSubject()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("multi@example.com");
        var first = await FilingJourney.ServiceCodeAsync(applicant);
        var second = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(31, "one.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        var draft = new
        {
            subject = new { provinceCode = "33", city = "杭州市", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(31), name = "测试用户31", certificateAddress = "浙江省杭州市西湖区文三路1号", principal = FilingJourney.Principal(31) },
            websites = new[]
            {
                new { name = "第一个网站", domains = new[] { "one.cn" }, serviceCode = first, principal = FilingJourney.Principal(31) },
                new { name = "第二个网站", domains = new[] { "two.cn", "www.two.cn" }, serviceCode = second, principal = FilingJourney.Principal(31) },
            },
        };

        // The province decided the filing type and cannot change in the draft.
        await (await applicant.PutAsync(new Uri($"/api/orders/{id}/draft", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(draft)))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "draft.basic_info_changed");

        await applicant.PostJsonAsync($"/api/orders/{id}/abandon", null);
        order = await applicant.PostJsonAsync("/api/orders", FilingJourney.BasicInfo(31, "one.cn", provinceCode: "33"), HttpStatusCode.Created);
        id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", draft);
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        order = await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await journey.ReviewerApprovesAsync(id);
        await journey.VerifySmsAsync(31);
        await journey.SyncAsync();
        await journey.BureauApprovesAsync(order.GetProperty("number").GetString()!);
        await journey.SyncAsync();

        var approved = await applicant.GetJsonAsync($"/api/orders/{id}");
        var subject = approved.GetProperty("subjectIcpNumber").GetString();
        Assert.StartsWith("浙ICP备2026", subject, StringComparison.Ordinal);
        Assert.Equal([subject + "-1", subject + "-2"], approved.GetProperty("websiteIcpNumbers").EnumerateArray().Select(n => n.GetString()));
        var rows = await factory.CreateClient().GetJsonAsync($"/api/miit/records?number={Uri.EscapeDataString(subject!)}");
        Assert.Equal(2, rows.GetArrayLength());
    }
}
