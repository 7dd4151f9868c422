using System.Net;
using System.Text;
using Beian.Platform;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.ReferenceTables;

/// <summary>
/// The lists that change outside our control are replaced by an admin's CSV import, which the host puts in use (its
/// <see cref="ReferenceTablesInUse"/>; other hosts by their next sweep).
/// </summary>
public class ReferenceTableImportTests
{
    [Fact]
    public async Task AnImportedTldList_IsWhatTheRuleBookReads_FromTheNextCheckOn()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var exported = await ExportAsync(admin, "tlds");
        Assert.StartsWith("tld,unicode,from", exported, StringComparison.Ordinal);
        Assert.Contains("\ncom,,", exported, StringComparison.Ordinal);
        Assert.False(InUse(factory).Tlds.IsApproved("dev", new DateOnly(2026, 12, 1)));

        var imported = await ImportAsync(admin, "tlds", exported.TrimEnd() + "\ndev,,2026-11-01\n");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True(InUse(factory).Tlds.IsApproved("dev", new DateOnly(2026, 12, 1)));
        Assert.True(InUse(factory).Tlds.IsApproved("com", new DateOnly(2026, 12, 1)));
        // The tables are the host's, not the process's: another platform (its own database) still has the shipped list.
        using var elsewhere = new PlatformFactory(Databases.Sqlite);
        _ = elsewhere.CreateClient();
        Assert.False(InUse(elsewhere).Tlds.IsApproved("dev", new DateOnly(2026, 12, 1)));
        var tables = await admin.GetJsonAsync("/api/admin/reference-tables");
        Assert.StartsWith("import ", tables.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "tlds").GetProperty("version").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tlds", "tld,unicode,from\ncom,,2000-13-01\n")]
    [InlineData("tlds", "name,from\ncom,2000-01-01\n")]
    [InlineData("holidays", "date,kind,notice\n2031-10-01,休息,通知\n")]
    [InlineData("registrars", "registrar\n")]
    public async Task AFaultyImport_IsRefusedWithTheRowAndChangesNothing(string table, string csv)
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var before = await ExportAsync(admin, table);
        await (await ImportAsync(admin, table, csv)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "reference.csv_invalid");
        Assert.Equal(before, await ExportAsync(admin, table));
    }

    [Fact]
    public async Task ANewYearsHolidayNotice_ImportedAsCsv_CountsInEveryWorkingDayLimit()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var wednesday = new DateOnly(2031, 3, 5);
        Assert.True(InUse(factory).Calendar.IsWorkingDay(wednesday));
        var exported = await ExportAsync(admin, "holidays");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, "holidays", exported.TrimEnd() + "\n2031-03-05,放假,测试用的2031年通知\n")).StatusCode);
        Assert.False(InUse(factory).Calendar.IsWorkingDay(wednesday));
        Assert.False(InUse(factory).Calendar.IsWorkingDay(new DateOnly(2026, 10, 1))); // the years already published are kept as exported
    }

    [Fact]
    public async Task AnImportedRegistrarList_IsWhatTheDomainChecksRead()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var admin = await factory.SignInAsync(DemoData.Admin);
        var exported = await ExportAsync(admin, "registrars");
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, "registrars", exported.TrimEnd() + "\n测试新批复注册商有限公司\n")).StatusCode);
        Assert.True(InUse(factory).Registrars.Contains("测试新批复注册商有限公司"));
        Assert.True(InUse(factory).Registrars.Contains("北京新网数码信息技术有限公司"));
    }

    private static Beian.Reference.ReferenceTables InUse(PlatformFactory factory) => factory.Services.GetRequiredService<ReferenceTablesInUse>().Current;

    private static async Task<string> ExportAsync(HttpClient admin, string table) =>
        (await admin.GetStringAsync(new Uri($"/api/admin/reference-tables/{table}", UriKind.Relative))).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> ImportAsync(HttpClient admin, string table, string csv) =>
        admin.PutAsync(new Uri($"/api/admin/reference-tables/{table}", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
}
