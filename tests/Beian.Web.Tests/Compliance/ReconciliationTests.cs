using System.Text.Json;
using Beian.Bureau.Data;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Compliance;

public class ReconciliationTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ReconciliationReportsEveryPlantedDifference_AndRepairsOnlyWhatMakesTheCopyStricter(string database)
    {
        using var factory = new PlatformFactory(database);
        var journey = new FilingJourney(factory);
        var (_, renamed) = await journey.FiledAsync(await journey.NewApplicantAsync("recon241@example.com"), 241, "recon-241.cn", moreDomains: ["alias-241.cn"]);
        var (_, leftUs) = await journey.FiledAsync(await journey.NewApplicantAsync("recon242@example.com"), 242, "recon-242.cn");
        var (_, shortHere) = await journey.FiledAsync(await journey.NewApplicantAsync("recon243@example.com"), 243, "recon-243.cn", moreDomains: ["extra-243.cn"]);
        await using (var scope = factory.Scope())
        {
            var bureau = scope.ServiceProvider.GetRequiredService<BureauDb>();
            var first = await bureau.Websites.Include(w => w.Domains).SingleAsync(w => w.IcpNumber == renamed);
            first.Name = "改名后的技术博客";
            first.Domains.RemoveAll(d => d.Domain == "alias-241.cn");
            (await bureau.Websites.SingleAsync(w => w.IcpNumber == leftUs)).Providers = [];
            await bureau.SaveChangesAsync();
            var provider = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            provider.RecordDomains.RemoveRange(provider.RecordDomains.Where(d => d.Domain == "extra-243.cn"));
            await provider.SaveChangesAsync();
        }

        var admin = await factory.SignInAsync(DemoData.Admin);
        var report = await admin.PostJsonAsync("/api/compliance/reconcile", null);
        Assert.Equal(
            [(renamed, "domain-removed", false), (renamed, "name-differs", false), (leftUs, "access-cancelled", false), (shortHere, "domain-missing-here", false)],
            Drifts(report));

        var repaired = await admin.PostJsonAsync("/api/compliance/reconcile?repair=true", null);
        Assert.Equal(
            [(renamed, "domain-removed", true), (renamed, "name-differs", true), (leftUs, "access-cancelled", true), (shortHere, "domain-missing-here", false)],
            Drifts(repaired));
        await using (var scope = factory.Scope())
        {
            var provider = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            var first = await provider.RecordWebsites.Include(w => w.Domains).SingleAsync(w => w.IcpNumber == renamed);
            Assert.Equal("改名后的技术博客", first.Name);
            Assert.Equal(["recon-241.cn"], first.Domains.Select(d => d.Domain));
            Assert.Equal(RecordStatus.AccessCancelled, (await provider.RecordWebsites.SingleAsync(w => w.IcpNumber == leftUs)).Status);
            Assert.Equal(2, await provider.RecordEvents.CountAsync(e => e.IcpNumber == renamed && e.Kind == "website-changed" || e.IcpNumber == leftUs && e.Kind == "access-cancelled"));
        }

        // Once repaired, only what needs a person is left.
        Assert.Equal([(shortHere, "domain-missing-here", false)], Drifts(await admin.PostJsonAsync("/api/compliance/reconcile?repair=true", null)));
    }

    private static List<(string, string, bool)> Drifts(JsonElement report) =>
        [.. report.GetProperty("drifts").EnumerateArray()
            .Select(d => (d.GetProperty("icpNumber").GetString()!, d.GetProperty("kind").GetString()!, d.GetProperty("repaired").GetBoolean()))
            .OrderBy(d => d.Item1, StringComparer.Ordinal).ThenBy(d => d.Item2, StringComparer.Ordinal)];
}
