using System.Net;
using Beian.Web.Tests.Infrastructure;

namespace Beian.Web.Tests.Instances;

public class ServiceCodeConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TwentyRequestsAtOnce_NeverIssueMoreCodesThanTheQuota_AndLoseTheirRaceWithoutA500_R_CODE_10(string database)
    {
        using var factory = new PlatformFactory(database);
        var applicant = await new FilingJourney(factory).NewApplicantAsync("quota@example.com");
        var instances = await applicant.GetJsonAsync("/api/instances");
        var ecs = instances.EnumerateArray().First(i => i.GetProperty("mainland").GetBoolean() && i.GetProperty("codesLeft").GetInt32() > 0);
        var quota = ecs.GetProperty("codesLeft").GetInt32();
        var url = $"/api/instances/{ecs.GetProperty("id").GetGuid()}/service-codes";

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => applicant.PostAsync(new Uri(url, UriKind.Relative), null)));

        Assert.Equal(quota, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"{a.StatusCode}"));
        var after = (await applicant.GetJsonAsync("/api/instances")).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == ecs.GetProperty("id").GetGuid());
        Assert.Equal(0, after.GetProperty("codesLeft").GetInt32());
    }
}
