using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Miit;

/// <summary>The public query answers from a cache that follows the national record's feed: a change is answered at once.</summary>
public class PublicQueryCacheTests
{
    [Fact]
    public async Task AWebsiteFiledAfterAMiss_IsFoundAtOnce_InBothShapesOfTheQuery()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var anonymous = factory.CreateClient();
        Assert.Empty((await anonymous.GetJsonAsync("/api/miit/records?domain=cache-291.cn")).EnumerateArray());
        Assert.Equal(0, await NationalTotalAsync(anonymous, "cache-291.cn"));

        var applicant = await journey.NewApplicantAsync("cache291@example.com");
        var (_, website) = await journey.FiledAsync(applicant, 291, "cache-291.cn");

        // Requests that arrive together share one reading of the feed's head, and every one of them sees the filing.
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => anonymous.GetJsonAsync("/api/miit/records?domain=cache-291.cn")));
        Assert.All(answers, a => Assert.Equal(website, a[0].GetProperty("websiteIcpNumber").GetString()));
        Assert.Equal(1, await NationalTotalAsync(anonymous, "cache-291.cn"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AChangeCommittedElsewhere_EvenWithALowerSequenceThanOneAlreadySeen_IsAnsweredAtOnce(string database)
    {
        using var factory = new PlatformFactory(database);
        await new FilingJourney(factory).FiledElsewhereAsync(292, "个人技术博客", "cache-292.cn");
        var anonymous = factory.CreateClient();
        async Task<string?> UnitAsync() => (await anonymous.GetJsonAsync("/api/miit/records?domain=cache-292.cn"))[0].GetProperty("subjectName").GetString();
        Assert.Equal("测试用户292", await UnitAsync());
        var number = (await anonymous.GetJsonAsync("/api/miit/records?domain=cache-292.cn"))[0].GetProperty("subjectIcpNumber").GetString()!;
        Task<long> RenameAsync(string name, long? sequence) => RenameSubjectAsync(factory, number, name, sequence);

        // Another host renames the subject and writes its event with a sequence well ahead of the feed.
        var newest = await RenameAsync("第一次改名", sequence: null);
        await RenameAsync("抢先提交", sequence: newest + 100);
        Assert.Equal("抢先提交", await UnitAsync());

        // A transaction that took a lower sequence commits after it: the head's newest does not move, yet it is seen.
        await RenameAsync("后提交", sequence: newest + 50);
        Assert.Equal("后提交", await UnitAsync());

        // Once a lookback has passed twice the floor rises past the settled events, and changes are still seen. (The
        // sequences stay explicit: PostgreSQL's identity does not move past values written explicitly.)
        for (var i = 0; i < 3; i++)
        {
            factory.Time.Advance(TimeSpan.FromSeconds(31));
            Assert.Equal(i == 0 ? "后提交" : $"改名{i}", await UnitAsync());
            await RenameAsync($"改名{i + 1}", sequence: newest + 200 + i);
        }

        Assert.Equal("改名3", await UnitAsync());
    }

    private static async Task<int> NationalTotalAsync(HttpClient client, string keyword) =>
        (await client.PostJsonAsync("/api/miit/icp-query", new { unitName = keyword, serviceType = 1 })).GetProperty("params").GetProperty("total").GetInt32();

    /// <summary>Renames a subject as another bureau host would: the change and its event in one save.</summary>
    private static async Task<long> RenameSubjectAsync(PlatformFactory factory, string number, string name, long? sequence)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<BureauDb>();
        var subject = await db.Subjects.SingleAsync(s => s.IcpNumber == number);
        subject.Name = name;
        var change = new NationalRecordEvent { Kind = "subject-changed", IcpNumber = subject.IcpNumber, At = factory.Time.GetUtcNow() };
        if (sequence is { } chosen)
        {
            change.Sequence = chosen;
        }

        db.RecordEvents.Add(change);
        await db.SaveChangesAsync();
        return change.Sequence;
    }
}
