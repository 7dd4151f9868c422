using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Beian.Web.Features.Gate;
using Beian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Filings;

/// <summary>Apps, mini-programs and quick apps filed over HTTP as websites are (spec/apps.md), to the gate and the query.</summary>
public class AppFilingEndToEndTests
{
    private const string Md5 = "01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF";

    /// <summary>A public key as developers paste it: PEM, several lines, longer than a name (R-APP-23).</summary>
    private static readonly string Pem = "-----BEGIN PUBLIC KEY-----\n" + string.Join("\n", Enumerable.Repeat("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo", 6)) + "\n-----END PUBLIC KEY-----";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AnAppsFirstFiling_GetsAnANumber_IsInTheNationalQuery_AndOpensItsBackEndDomain_R_APP_04_R_APP_06_R_APP_31_R_APP_34_R_APP_36_R_APP_37(string database)
    {
        using var factory = new PlatformFactory(database, new() { ["Gate:Enabled"] = "false" });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("app201@example.com");

        var order = await FileAppAsync(applicant, 201, "App", "笔记二〇一", "notes-201.cn");
        Assert.Equal("FirstFiling", order.GetProperty("type").GetString());
        Assert.Equal("PendingInitialReview", order.GetProperty("state").GetString());
        await journey.ApprovedAsync(order, 201);

        var record = (await applicant.GetJsonAsync("/api/records"))[0];
        var service = record.GetProperty("websites")[0];
        var number = service.GetProperty("icpNumber").GetString()!;
        Assert.Equal(record.GetProperty("icpNumber").GetString() + "-1A", number); // R-APP-04: a subject whose first service is an app
        Assert.Equal("App", service.GetProperty("type").GetString());

        // R-APP-36/37: the national query answers for type 6 in the national field names, and type 1 does not list it.
        var miit = factory.CreateClient();
        var apps = await miit.PostJsonAsync("/api/miit/icp-query", new { unitName = "笔记二〇一", serviceType = 6 });
        var row = Assert.Single(apps.GetProperty("params").GetProperty("list").EnumerateArray());
        Assert.Equal(number, row.GetProperty("serviceLicence").GetString());
        Assert.Equal(record.GetProperty("icpNumber").GetString(), row.GetProperty("mainLicence").GetString());
        Assert.Equal("笔记二〇一", row.GetProperty("serviceName").GetString());
        Assert.Equal(6, row.GetProperty("serviceType").GetInt32());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", row.GetProperty("updateRecordTime").GetString()!);
        Assert.False(row.TryGetProperty("contentTypeName", out _));
        var detail = await miit.PostJsonAsync("/api/miit/icp-detail", new { dataId = row.GetProperty("dataId").GetInt64(), serviceType = 6 });
        Assert.Equal(number, detail.GetProperty("params").GetProperty("serviceLicence").GetString());
        Assert.Equal("工具-备忘录", detail.GetProperty("params").GetProperty("contentTypeName").GetString());
        await (await miit.PostAsJsonAsync("/api/miit/icp-detail", new { dataId = row.GetProperty("dataId").GetInt64(), serviceType = 7 })).ProblemAsync(HttpStatusCode.NotFound, "record.not_found");
        Assert.Equal(0, (await miit.PostJsonAsync("/api/miit/icp-query", new { unitName = number, serviceType = 1 })).GetProperty("params").GetProperty("total").GetInt32());
        Assert.Equal(1, (await miit.PostJsonAsync("/api/miit/icp-query", new { unitName = number, serviceType = 6 })).GetProperty("params").GetProperty("total").GetInt32());

        // The first query's shape finds it by its number and by the app's name, and says what it is.
        foreach (var query in new[] { $"number={Uri.EscapeDataString(number)}", $"subject={Uri.EscapeDataString("笔记二〇一")}" })
        {
            var found = Assert.Single((await miit.GetJsonAsync("/api/miit/records?" + query)).EnumerateArray());
            Assert.Equal(number, found.GetProperty("websiteIcpNumber").GetString());
            Assert.Equal("App", found.GetProperty("serviceType").GetString());
            Assert.Equal(JsonValueKind.Null, found.GetProperty("homepage").ValueKind);
        }

        // R-APP-31: the approved app's back-end domain, and the names under it, pass the gate.
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        var proxy = factory.CreateClient();
        Assert.Equal("allowed", await Gate.GateTests.CheckAsync(proxy, "notes-201.cn", HttpStatusCode.NoContent));
        Assert.Equal("allowed", await Gate.GateTests.CheckAsync(proxy, "api.notes-201.cn", HttpStatusCode.NoContent));

        // The diagnosis names the service that admits the host: its type, number and status (R-APP-31).
        var diagnosis = await applicant.GetJsonAsync("/api/diagnosis?domain=api.notes-201.cn");
        Assert.Equal("allowed", diagnosis.GetProperty("gateDecision").GetString());
        var admitting = Assert.Single(diagnosis.GetProperty("services").EnumerateArray());
        Assert.Equal(("APP", number, "正常"), (admitting.GetProperty("type").GetString(), admitting.GetProperty("icpNumber").GetString(), admitting.GetProperty("status").GetString()));

        // R-APP-06: an app has no footer to check; its back-end domain is not fetched for one.
        var footer = await Compliance.FooterCheckTests.RunAsync(factory, "footer");
        Assert.Equal(0, footer.GetProperty("inspected").GetInt32());
        Assert.Empty(footer.GetProperty("notes").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ASubjectHoldsAWebsiteAndAnApp_SharingADomain_KeptOpenAfterTheWebsitesAccessEnds_R_APP_01_R_APP_08_R_APP_30_R_APP_31(string database)
    {
        using var factory = new PlatformFactory(database, new() { ["Gate:Enabled"] = "false" });
        var follower = factory.Services.GetRequiredService<GateFollower>();
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("app202@example.com");
        var (subjectNumber, websiteNumber) = await journey.FiledAsync(applicant, 202, "shop-202.cn");

        // The same domain serves the subject's website and its app (R-APP-30): the subject decides the type (D10).
        var order = await FileAppAsync(applicant, 202, "App", "商店二〇二", "shop-202.cn");
        Assert.Equal("NewWebsiteSubjectHere", order.GetProperty("type").GetString());
        await journey.ApprovedAsync(order, 202);
        var services = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites").EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("icpNumber").GetString() == subjectNumber + "-2A");

        var cancel = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(websiteNumber)}/orders", new { type = "CancelAccess" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancel.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancel.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await follower.BuildAsync(CancellationToken.None);
        // One domain of two services: open while the app admits it (R-APP-31).
        Assert.Equal("allowed", await Gate.GateTests.CheckAsync(factory.CreateClient(), "www.shop-202.cn", HttpStatusCode.NoContent));
    }

    [Fact]
    public async Task AnAppsLife_Changed_ItsFeaturesKeptFromOtherSubjects_ItsWebsiteCancelled_ThenItsAccess_R_APP_07_R_APP_13_R_APP_25_R_APP_39()
    {
        using var factory = new PlatformFactory(Databases.Sqlite, new() { ["Gate:Enabled"] = "false" });
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("app205@example.com");
        var (subjectNumber, websiteNumber) = await journey.FiledAsync(applicant, 205, "site-205.cn");
        await journey.ApprovedAsync(await FileAppAsync(applicant, 205, "App", "应用二〇五", "api.app-205.cn"), 205);
        var appNumber = subjectNumber + "-2A";

        // 变更APP: a platform is added with its features (R-APP-13); the back-end domains stay.
        var ios = new { kind = "Ios", packageName = "CN.Test205.Ios", publicKey = "MIIBCgKCAQEA", fingerprint = "0123456789ABCDEF0123456789ABCDEF01234205", domains = new[] { "api.app-205.cn" } };
        var change = await journey.StartRecordOrderAsync(applicant, appNumber, "ChangeWebsite");
        var changeId = change.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{changeId}/draft", Draft(205, "App", "应用二〇五", "api.app-205.cn", null, [Android(205, "api.app-205.cn"), ios]));
        await FilingJourney.UploadDocumentsAsync(applicant, changeId);
        await applicant.PostJsonAsync($"/api/orders/{changeId}/submit", null);
        await journey.ApprovedAsync(change, 205);
        Assert.Equal("Approved", (await applicant.GetJsonAsync($"/api/orders/{changeId}")).GetProperty("state").GetString());

        // R-APP-25: the added bundle ID is this subject's now; another subject's app with it (in any case) is refused.
        var other = await journey.NewApplicantAsync("app206@example.com");
        var code = await FilingJourney.ServiceCodeAsync(other);
        var taken = await other.PostJsonAsync("/api/orders", Basic(206, "App", "应用二〇六", "app-206.cn"), HttpStatusCode.Created);
        var takenId = taken.GetProperty("id").GetGuid();
        await other.PutJsonAsync($"/api/orders/{takenId}/draft", Draft(206, "App", "应用二〇六", "app-206.cn", code, [ios with { packageName = "cn.test205.ios", domains = new[] { "app-206.cn" } }]));
        await FilingJourney.UploadDocumentsAsync(other, takenId);
        Assert.Equal(HttpStatusCode.Created, (await UploadIconAsync(other, takenId, Png(20 * 1024))).StatusCode);
        await (await other.PostAsync(new Uri($"/api/orders/{takenId}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-APP-25");

        // 注销网站: the subject keeps its app, so it is no empty shell (R-APP-39): a new website is a new service, not D08.
        var cancelSite = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(websiteNumber)}/orders", new { type = "CancelWebsite" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancelSite.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancelSite.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        var check = await applicant.PostJsonAsync("/api/filings/basic-check", FilingJourney.BasicInfo(205, "new-205.cn"));
        Assert.Equal("NewWebsiteSubjectHere", check.GetProperty("type").GetString());

        // 取消接入 of the app: its back-end domain is closed at the gate (R-APP-31), the number lives on at MIIT.
        var cancelAccess = await applicant.PostJsonAsync($"/api/records/{Uri.EscapeDataString(appNumber)}/orders", new { type = "CancelAccess" }, HttpStatusCode.Created);
        await applicant.PostJsonAsync($"/api/orders/{cancelAccess.GetProperty("id").GetGuid()}/submit", new { confirmIrrevocable = true });
        await journey.BureauApprovesAsync(cancelAccess.GetProperty("number").GetString()!);
        await journey.SyncAsync();
        await factory.Services.GetRequiredService<GateFollower>().BuildAsync(CancellationToken.None);
        Assert.Equal("access-cancelled", await Gate.GateTests.CheckAsync(factory.CreateClient(), "api.app-205.cn", HttpStatusCode.Forbidden));
        var national = await factory.CreateClient().PostJsonAsync("/api/miit/icp-query", new { unitName = appNumber, serviceType = 6 });
        Assert.Equal(1, national.GetProperty("params").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnAppFiledElsewhere_IsAccessedHereByItsName_AndTheAccessCopiesItsRecord_R_APP_08_R_APP_09()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var admin = await factory.SignInAsync(Beian.Web.Features.Sandbox.DemoData.Admin);
        var loaded = await admin.PostJsonAsync("/api/sandbox/national-record", new
        {
            subjects = new[]
            {
                new
                {
                    provinceCode = "11", name = "测试用户207", nature = "Individual", certificateType = "居民身份证", certificateNumber = TestPeople.IdNumber(207),
                    websites = new[]
                    {
                        new
                        {
                            name = "应用二〇七", domains = new[] { "api.app-207.cn" }, type = "App",
                            app = new
                            {
                                platforms = new[] { new { kind = "Android", packageName = "cn.test207.app", publicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", fingerprint = "0123456789ABCDEF0123456789ABCD07", domains = new[] { "api.app-207.cn" } } },
                                contentTypes = new[] { "工具-备忘录" }, preApprovals = Array.Empty<string>(), sdks = Array.Empty<string>(),
                            },
                        },
                    },
                },
            },
        });
        var appNumber = loaded[0].GetProperty("websiteIcpNumbers")[0].GetString()!;
        Assert.EndsWith("-1A", appNumber, StringComparison.Ordinal);

        var applicant = await journey.NewApplicantAsync("app207@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var check = await applicant.PostJsonAsync("/api/filings/basic-check", Basic(207, "App", "应用二〇七", "api.app-207.cn"));
        Assert.Equal("D12", check.GetProperty("row").GetString());
        var order = await applicant.PostJsonAsync("/api/orders", Basic(207, "App", "应用二〇七", "api.app-207.cn"), HttpStatusCode.Created);
        Assert.Equal("Access", order.GetProperty("type").GetString());
        var id = order.GetProperty("id").GetGuid();

        // An access adds no platform (R-APP-09): that is a change, after the access.
        var ios = new { kind = "Ios", packageName = "cn.test207.ios", publicKey = "MIIBCgKCAQEA", fingerprint = "0123456789ABCDEF0123456789ABCDEF01234207", domains = new[] { "api.app-207.cn" } };
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", Draft(207, "App", "应用二〇七", "api.app-207.cn", code, [Android(207, "api.app-207.cn"), ios]));
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        await (await applicant.PostAsync(new Uri($"/api/orders/{id}/submit", UriKind.Relative), null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-APP-09");

        await applicant.PutJsonAsync($"/api/orders/{id}/draft", Draft(207, "App", "应用二〇七", "api.app-207.cn", code, [Android(207, "api.app-207.cn")]));
        var submitted = await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
        await journey.ApprovedAsync(submitted, 207);
        var service = (await applicant.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0];
        Assert.Equal(appNumber, service.GetProperty("icpNumber").GetString());
        Assert.Equal("App", service.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AMiniProgram_NeedsNoDomainNorServiceCode_AndGetsAnXNumber_R_APP_02_R_APP_03_R_APP_04()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("mini203@example.com");

        var order = await FileAppAsync(applicant, 203, "MiniProgram", "记账二〇三", domain: null);
        Assert.Equal("FirstFiling", order.GetProperty("type").GetString());
        await journey.ApprovedAsync(order, 203);

        var record = (await applicant.GetJsonAsync("/api/records"))[0];
        Assert.Equal(record.GetProperty("icpNumber").GetString() + "-1X", record.GetProperty("websites")[0].GetProperty("icpNumber").GetString());
        var minis = await factory.CreateClient().PostJsonAsync("/api/miit/icp-query", new { unitName = "记账二〇三", serviceType = 7 });
        Assert.Equal(1, minis.GetProperty("params").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnAppWithoutPlatformsOrIcon_IsRefusedAtSubmission_WithTheRulesOfApps_R_APP_17_R_APP_18()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var journey = new FilingJourney(factory);
        var applicant = await journey.NewApplicantAsync("app204@example.com");
        var code = await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", Basic(204, "App", "笔记二〇四", "notes-204.cn"), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", Draft(204, "App", "笔记二〇四", "notes-204.cn", code, platforms: []));
        await FilingJourney.UploadDocumentsAsync(applicant, id);

        // A platform or a service type the national system does not know is refused where it was typed, and saves nothing.
        await (await applicant.PutAsJsonAsync($"/api/orders/{id}/draft", Draft(204, "App", "笔记二〇四", "notes-204.cn", code, platforms: [new { kind = 9 }])))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "R-APP-18");
        await (await applicant.PostAsJsonAsync("/api/orders", FilingJourney.BasicInfo(204, ["notes-204.cn"], "Game", "笔记二〇四")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        var refused = await applicant.PostJsonAsync($"/api/orders/{id}/submit", null, HttpStatusCode.UnprocessableEntity);
        var rules = refused.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString())).ToList();
        Assert.Contains("R-APP-18", rules);
        Assert.Contains("R-APP-17", rules);

        // R-APP-17: an icon over 100 KB, or not a JPG or PNG, is refused at upload.
        foreach (var refusedIcon in new[] { Png(102_401), [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, .. new byte[2048]] })
        {
            var answer = await UploadIconAsync(applicant, id, refusedIcon);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
            Assert.Equal("R-APP-17", (await answer.ReadJsonAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.Created, (await UploadIconAsync(applicant, id, Png(100 * 1024))).StatusCode);
    }

    /// <summary>Basic check, the app's draft, documents and icon, submission.</summary>
    private static async Task<JsonElement> FileAppAsync(HttpClient applicant, int person, string type, string name, string? domain)
    {
        var code = type == "MiniProgram" ? null : await FilingJourney.ServiceCodeAsync(applicant);
        var order = await applicant.PostJsonAsync("/api/orders", Basic(person, type, name, domain), HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        await applicant.PutJsonAsync($"/api/orders/{id}/draft", Draft(person, type, name, domain, code));
        await FilingJourney.UploadDocumentsAsync(applicant, id);
        Assert.Equal(HttpStatusCode.Created, (await UploadIconAsync(applicant, id, Png(20 * 1024))).StatusCode);
        return await applicant.PostJsonAsync($"/api/orders/{id}/submit", null);
    }

    private static object Basic(int person, string type, string name, string? domain) =>
        FilingJourney.BasicInfo(person, domain is null ? [] : [domain], type, name);

    private static object Draft(int person, string type, string name, string? domain, string? serviceCode, object[]? platforms = null) => new
    {
        subject = FilingJourney.Subject(person),
        websites = new[]
        {
            new
            {
                type,
                name,
                serviceCode,
                language = "中文简体",
                principal = FilingJourney.Principal(person),
                remarks = "记录个人学习笔记与待办事项的工具，不涉及交易、社交和新闻信息服务。",
                app = new
                {
                    platforms = type == "App" ? platforms ?? [Android(person, domain)] : [],
                    hostPlatform = type == "App" ? null : "微信",
                    hostAppId = type == "App" ? null : $"wx00000000000{person}",
                    contentTypes = new[] { "工具-备忘录" },
                    preApprovals = Array.Empty<string>(),
                    sdks = Array.Empty<string>(),
                },
            },
        },
    };

    private static object Android(int person, string? domain) =>
        new { kind = "Android", packageName = $"cn.test{person}.app", publicKey = Pem, fingerprint = Md5[..^2] + $"{person % 100:D2}", domains = new[] { domain } };

    private static byte[] Png(int size) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[size - 8]];

    private static async Task<HttpResponseMessage> UploadIconAsync(HttpClient applicant, Guid orderId, byte[] image)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(image);
        form.Add(file, "file", "icon.png");
        using var kind = new StringContent("app-icon");
        using var role = new StringContent("websites[0]");
        form.Add(kind, "kind");
        form.Add(role, "role");
        return await applicant.PostAsync(new Uri($"/api/orders/{orderId}/documents", UriKind.Relative), form);
    }
}
