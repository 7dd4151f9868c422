using Beian.Compliance;
using Beian.Web.Data;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Compliance;

/// <summary>The scheduled inspection and the rectification deadline, swept by two hosts on one database: each acts once.</summary>
public class ComplianceScaleOutTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TwoHostsSweeping_InspectOnceWhenDue_AndCancelAccessOnceWhenOverdue(string database)
    {
        using var first = new PlatformFactory(database, new() { ["Compliance:InspectionInterval"] = "1.00:00:00" });
        using var second = new PlatformFactory(first);
        var journey = new FilingJourney(first);
        await journey.FiledAsync(await journey.NewApplicantAsync("scale271@example.com"), 271, "scale-271.cn");
        var admin = await first.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new
        {
            blacklist = new[] { new { kind = "unreachable-phone", value = TestPeople.Mobile(271) } },
            dns = new[] { new { name = "scale-271.cn", addresses = new[] { "203.0.113.71" } } }, // in the sandbox's mainland range
        });
        await first.SweepAsync(); // starts the inspection clock

        first.Time.Advance(TimeSpan.FromHours(25));
        await Task.WhenAll(first.SweepAsync(), second.SweepAsync(), first.SweepAsync(), second.SweepAsync());

        await using (var scope = first.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            Assert.Equal(2, await db.InspectionCases.CountAsync()); // the subject and its website: same principal, same phone
            Assert.Equal(4, await db.Outbox.CountAsync(m => m.Template == "inspection.opened"));
        }

        first.Time.Advance(TimeSpan.FromDays(31));
        await Task.WhenAll(first.SweepAsync(), second.SweepAsync(), first.SweepAsync(), second.SweepAsync());

        await using (var scope = first.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProviderDb>();
            Assert.All(await db.InspectionCases.ToListAsync(), c => Assert.Equal(CaseState.Overdue, c.State));
            Assert.Equal(1, await db.Orders.CountAsync(o => o.Type == Beian.Filings.FilingType.CancelAccess));
            Assert.Equal(1, await db.RecordEvents.CountAsync(e => e.Kind == "access-cancelled"));
            Assert.Equal(4, await db.Outbox.CountAsync(m => m.Template == "inspection.overdue"));
        }
    }
}
