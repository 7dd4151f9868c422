using Beian.Bureau.Registries;
using Beian.Ports;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Integrations.Registries;

/// <summary>
/// The simulated registries' bulk look-ups, which the special inspection makes for every record by hand-written SQL:
/// each column read back as it was loaded, on each engine, and nothing for what a registry does not hold.
/// </summary>
public class RegistrySimulatorsTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EachBulkLookupAnswersWhatTheRegistryHolds_AndNothingForWhatItDoesNot(string database)
    {
        using var factory = new PlatformFactory(database);
        var admin = await factory.SignInAsync(DemoData.Admin);
        await admin.PostJsonAsync("/api/sandbox/registries", new
        {
            domains = new object[]
            {
                new { domain = "lookup-241.cn", holderName = "查询用户241", holderCertificateType = "居民身份证", holderCertificateNumber = TestPeople.IdNumber(241), registrar = "阿里云计算有限公司", expiresOn = "2027-03-01", status = "serverHold", realNameVerifiedOn = "2024-05-06" },
                new { domain = "lookup-242.cn", holderName = "查询用户242", holderCertificateType = "居民身份证", holderCertificateNumber = TestPeople.IdNumber(242), registrar = "阿里云计算有限公司", expiresOn = "2028-01-01" },
            },
            businesses = new[] { new { creditCode = "91110000600037341L", name = "查询科技有限公司", legalRepresentative = "查询法人", status = "吊销", scope = "技术开发", licenceExpiresOn = "2030-12-31" } },
            identities = new object[]
            {
                new { number = TestPeople.IdNumber(241), name = "查询用户241", expiresOn = "2026-01-01" },
                new { number = TestPeople.IdNumber(242), name = "查询用户242" },
            },
            blacklist = new[] { new { kind = RegistrySimulators.UnreachablePhone, value = TestPeople.Mobile(241) } },
        });
        await using var scope = factory.Scope();
        var services = scope.ServiceProvider;

        var domains = await services.GetRequiredService<IDomainRegistry>().LookupAsync(["lookup-241.cn", "lookup-242.cn", "unknown-241.cn"], CancellationToken.None);
        var business = await services.GetRequiredService<IBusinessRegistry>().LookupAsync(["91110000600037341l", "91110000600037342X"], CancellationToken.None);
        var people = await services.GetRequiredService<IIdentityCheck>().LookupAsync([TestPeople.IdNumber(241), TestPeople.IdNumber(242), TestPeople.IdNumber(243)], CancellationToken.None);
        var unreachable = await services.GetRequiredService<IPhoneDirectory>().UnreachableAsync([TestPeople.Mobile(241), TestPeople.Mobile(242)], CancellationToken.None);

        Assert.Equal(["lookup-241.cn", "lookup-242.cn"], domains.Keys.Order(StringComparer.Ordinal));
        var held = domains["lookup-241.cn"];
        Assert.Equal(("查询用户241", "居民身份证", TestPeople.IdNumber(241), "阿里云计算有限公司"), (held.HolderName, held.HolderCertificateType, held.HolderCertificateNumber, held.Registrar));
        Assert.Equal((new DateOnly(2027, 3, 1), "serverHold", new DateOnly(2024, 5, 6), true), (held.ExpiresOn, held.Status, held.RealNameVerifiedOn, held.InMiitDatabase));
        Assert.Equal(("ok", (DateOnly?)null, false), (domains["lookup-242.cn"].Status, domains["lookup-242.cn"].RealNameVerifiedOn, domains["lookup-242.cn"].InMiitDatabase));

        var organisation = Assert.Single(business).Value;
        Assert.Equal(("91110000600037341L", "查询科技有限公司", "查询法人", "吊销", "技术开发", new DateOnly(2030, 12, 31)), (organisation.CreditCode, organisation.Name, organisation.LegalRepresentative, organisation.Status, organisation.Scope, organisation.LicenceExpiresOn));

        Assert.Equal([TestPeople.IdNumber(241), TestPeople.IdNumber(242)], people.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("查询用户241", new DateOnly(2026, 1, 1)), (people[TestPeople.IdNumber(241)].Name, people[TestPeople.IdNumber(241)].ExpiresOn));
        Assert.Null(people[TestPeople.IdNumber(242)].ExpiresOn);

        Assert.Equal([TestPeople.Mobile(241)], unreachable);
    }
}
