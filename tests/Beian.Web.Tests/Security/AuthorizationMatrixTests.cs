using System.Text;
using System.Text.RegularExpressions;
using Beian.Web.Features.Sandbox;
using Beian.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Beian.Web.Tests.Security;

/// <summary>Who may call an endpoint.</summary>
public enum Audience
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>Any signed-in person.</summary>
    SignedIn,

    /// <summary>Any applicant; staff are refused.</summary>
    Applicant,

    /// <summary>The applicant whose resource it is; another applicant is told it does not exist.</summary>
    Owner,

    Reviewer,
    Bureau,
    Admin,

    /// <summary>Support, or an admin.</summary>
    Support,

    /// <summary>Only a gateway that holds the feed key; no person.</summary>
    FeedKey,

    /// <summary>The gate's own answers: anyone may ask, and 403 is its decision (blocked), not a refusal of the caller.</summary>
    Gate,

    /// <summary>
    /// The monitoring networks (loopback by default, where every caller of this test sits): anyone there, nobody
    /// elsewhere (OperationsTests holds the refusal).
    /// </summary>
    Monitor,
}

/// <summary>
/// Every endpoint the platform serves, called by each kind of person, against the audience declared for it here. An
/// endpoint added without a line in <see cref="Declared"/> fails the test, so that nobody ships one without saying
/// who may call it.
/// </summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Audience> Declared = new(StringComparer.Ordinal)
    {
        ["Register"] = Audience.Public,
        ["SignIn"] = Audience.Public,
        ["RefreshToken"] = Audience.Public,
        ["SignOut"] = Audience.SignedIn,
        ["ChangePassword"] = Audience.SignedIn,
        ["Me"] = Audience.SignedIn,
        ["VerifyRealName"] = Audience.Applicant,
        ["MyMessages"] = Audience.Applicant,
        ["SendSecurityCode"] = Audience.Applicant,
        ["BindSecurityPhone"] = Audience.Applicant,
        ["MyTransfers"] = Audience.Applicant,
        ["StartTransfer"] = Audience.Applicant,
        ["AcceptTransfer"] = Audience.Applicant,
        ["DeclineTransfer"] = Audience.Applicant,
        ["CancelTransfer"] = Audience.Applicant,
        ["OfflineTransfer"] = Audience.Support,
        ["RecoveryCode"] = Audience.Public,
        ["RecoverAccount"] = Audience.Public,
        ["SubmitAppeal"] = Audience.Public,
        ["Appeals"] = Audience.Support,
        ["AppealPhoto"] = Audience.Support,
        ["DecideAppeal"] = Audience.Support,
        ["BookCallback"] = Audience.Owner,
        ["DocumentLibrary"] = Audience.Owner,
        ["CreateShareLink"] = Audience.Owner,
        ["ReuseDocument"] = Audience.Owner,
        ["MyCallbacks"] = Audience.Owner,
        ["ReviewCallbacks"] = Audience.Reviewer,
        ["ListInstances"] = Audience.Applicant,
        ["ApplyServiceCode"] = Audience.Owner,
        ["ListServiceCodes"] = Audience.Applicant,
        ["BasicCheck"] = Audience.Applicant,
        ["DiagnoseDomain"] = Audience.SignedIn,
        ["MyInspectionCases"] = Audience.Applicant,
        ["RejectionCatalog"] = Audience.Public,
        ["WithdrawReasons"] = Audience.Public,
        ["Guidance"] = Audience.Public,
        ["InspectionCatalog"] = Audience.Public,
        ["ProvinceRules"] = Audience.Public,
        ["RuleBook"] = Audience.Public,
        ["SupportAbandon"] = Audience.Support,
        ["StartFiling"] = Audience.Applicant,
        ["MyOrders"] = Audience.Applicant,
        ["MyOrder"] = Audience.Owner,
        ["GetDraft"] = Audience.Owner,
        ["EditDraft"] = Audience.Owner,
        ["UploadDocument"] = Audience.Owner,
        ["OrderDocuments"] = Audience.Owner,
        ["VideoVerification"] = Audience.Owner,
        ["UploadCommitmentVideo"] = Audience.Owner,
        ["ConfirmVideoAppointment"] = Audience.Owner,
        ["GiveUpVideoVerification"] = Audience.Owner,
        ["ReadIdCard"] = Audience.Owner,
        ["CaptureFace"] = Audience.Owner,
        ["RealPersonVerifications"] = Audience.Owner,
        ["DocumentContent"] = Audience.Owner,
        ["VideoContent"] = Audience.Owner,
        ["DraftFindings"] = Audience.Owner,
        ["SubmitOrder"] = Audience.Owner,
        ["SupplyMaterial"] = Audience.Owner,
        ["WithdrawOrder"] = Audience.Owner,
        ["EscalateOrder"] = Audience.Owner,
        ["AbandonOrder"] = Audience.Owner,
        ["ResubmitToBureau"] = Audience.Owner,
        ["ReturnForChanges"] = Audience.Owner,
        ["MyRecords"] = Audience.Applicant,
        ["RecordCertificate"] = Audience.Owner,
        ["RecordCertificatePdf"] = Audience.Owner,
        ["OrderTemplate"] = Audience.Owner,
        ["StartRecordOrder"] = Audience.Owner,
        ["RunInspection"] = Audience.Admin,
        ["Reconcile"] = Audience.Admin,
        ["SendFooterReminders"] = Audience.Admin,
        ["InspectionCases"] = Audience.Admin,
        ["ExportInspectionCases"] = Audience.Admin,
        ["ExtendRectification"] = Audience.Admin,
        ["SuspendWebsite"] = Audience.Admin,
        ["ReviewQueue"] = Audience.Reviewer,
        ["ReviewOrder"] = Audience.Reviewer,
        ["ReviewFindings"] = Audience.Reviewer,
        ["PickUpOrder"] = Audience.Reviewer,
        ["LogReviewCall"] = Audience.Reviewer,
        ["RequestMaterial"] = Audience.Reviewer,
        ["RequestVideoVerification"] = Audience.Reviewer,
        ["RecordVideoResult"] = Audience.Reviewer,
        ["ReviewRealPerson"] = Audience.Reviewer,
        ["DecideRealPerson"] = Audience.Reviewer,
        ["ApproveOrder"] = Audience.Reviewer,
        ["RejectOrder"] = Audience.Reviewer,
        ["ReviewDocumentContent"] = Audience.Reviewer,
        ["ReviewVideoContent"] = Audience.Reviewer,
        ["ReviewOrderDocuments"] = Audience.Reviewer,
        ["RevealPersonalData"] = Audience.Reviewer,
        ["BureauApplications"] = Audience.Bureau,
        ["BureauApplication"] = Audience.Bureau,
        ["BureauApprove"] = Audience.Bureau,
        ["BureauReject"] = Audience.Bureau,
        ["BureauCancelRecord"] = Audience.Bureau,
        ["SmsVerification"] = Audience.Public,
        ["SmsResend"] = Audience.Public,
        ["NationalQuery"] = Audience.Public,
        ["NationalQueryDetail"] = Audience.Public,
        ["PublicQuery"] = Audience.Public,
        ["ReferenceTables"] = Audience.Admin,
        ["ExportReferenceTable"] = Audience.Admin,
        ["ImportReferenceTable"] = Audience.Admin,
        ["StaffAccounts"] = Audience.Admin,
        ["InviteStaff"] = Audience.Admin,
        ["DisableStaff"] = Audience.Admin,
        ["EnableStaff"] = Audience.Admin,
        ["ChangeStaffRole"] = Audience.Admin,
        ["SandboxClock"] = Audience.Admin,
        ["AdvanceClock"] = Audience.Admin,
        ["SweepNow"] = Audience.Admin,
        ["DevelopmentOutbox"] = Audience.Admin,
        ["GrantDemoInstances"] = Audience.Admin,
        ["LoadRegistries"] = Audience.Admin,
        ["LoadRegistryCsv"] = Audience.Admin,
        ["SeedGateBench"] = Audience.Admin,
        ["RemoveGateBenchDomain"] = Audience.Admin,
        ["SeedComplianceBench"] = Audience.Admin,
        ["LoadNationalRecord"] = Audience.Admin,
        ["SandboxBuyProduct"] = Audience.Applicant,
        ["SandboxRenewInstance"] = Audience.Owner,
        ["SandboxDowngradeInstance"] = Audience.Owner,
        ["SandboxExpireInstance"] = Audience.Owner,
        ["SandboxIdCardPhoto"] = Audience.SignedIn,
        ["SandboxFacePhoto"] = Audience.SignedIn,
        ["GateCheck"] = Audience.Gate,
        ["GateBlockPage"] = Audience.Gate,
        ["GateFeedSnapshot"] = Audience.FeedKey,
        ["GateFeedChanges"] = Audience.FeedKey,
        ["ListApiKeys"] = Audience.Applicant,
        ["CreateApiKey"] = Audience.Applicant,
        ["RevokeApiKey"] = Audience.Applicant,
        ["ListWebhooks"] = Audience.Applicant,
        ["CreateWebhook"] = Audience.Applicant,
        ["RotateWebhookSecret"] = Audience.Applicant,
        ["DeleteWebhook"] = Audience.Applicant,
        ["WebhookDeliveries"] = Audience.Applicant,
        ["RedeliverWebhook"] = Audience.Applicant,
        ["WebhookEvents"] = Audience.Applicant,
        ["AdminListWebhooks"] = Audience.Admin,
        ["AdminCreateWebhook"] = Audience.Admin,
        ["AdminRotateWebhookSecret"] = Audience.Admin,
        ["AdminDeleteWebhook"] = Audience.Admin,
        ["AdminWebhookDeliveries"] = Audience.Admin,
        ["AdminRedeliverWebhook"] = Audience.Admin,
        ["AdminWebhookEvents"] = Audience.Admin,
        ["PublicSecurityFiling"] = Audience.Owner,
        ["UpdatePublicSecurityFiling"] = Audience.Owner,
        ["PublicSecurityAgreement"] = Audience.Owner,
        ["LookupDomains"] = Audience.Applicant,
        ["ExportRecords"] = Audience.Applicant,
        ["ExportOrders"] = Audience.Applicant,
        ["HealthLive"] = Audience.Public,
        ["HealthReady"] = Audience.Monitor,
        ["Metrics"] = Audience.Monitor,
    };

    /// <summary>Those who call: a name and a client (null: anonymous).</summary>
    private sealed record Caller(string Name, HttpClient Client);

    [Fact]
    public async Task EveryEndpoint_AnswersEachKindOfCaller_AsItsAudienceSays()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var world = await World.BuildAsync(factory);
        var endpoints = Endpoints(factory);
        var undeclared = endpoints.Select(e => e.Name).Where(n => !Declared.ContainsKey(n)).ToList();
        Assert.True(undeclared.Count == 0, "Declare who may call: " + string.Join(", ", undeclared));
        Assert.Empty(Declared.Keys.Except(endpoints.Select(e => e.Name)));

        var failures = new List<string>();
        // Signing out ends the caller's sessions: it goes last.
        foreach (var endpoint in endpoints.OrderBy(e => e.Name == "SignOut"))
        {
            foreach (var caller in world.Callers)
            {
                var response = await World.SendAsync(caller.Client, endpoint, Fill(endpoint.Pattern, world));
                var status = (int)response.StatusCode;
                var expected = Expected(Declared[endpoint.Name], caller.Name);
                if (status >= 500 || !expected(status))
                {
                    failures.Add($"{endpoint.Method} {endpoint.Pattern} as {caller.Name}: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryEndpoint_TakesAnApiKeyOnlyWhereItNamesTheKeysScope_AndARevokedKeyNowhere()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var world = await World.BuildAsync(factory);
        var owner = world.Callers.Single(c => c.Name == "owner").Client;
        var keys = new List<(string Scope, HttpClient Client)>();
        foreach (var scope in Beian.Accounts.ApiScopes.All)
        {
            keys.Add((scope, factory.WithApiKey(await CreateKeyAsync(owner, scope))));
        }

        var revoked = await owner.PostJsonAsync("/api/accounts/me/api-keys", new { name = "revoked", scopes = Beian.Accounts.ApiScopes.All }, System.Net.HttpStatusCode.Created);
        await owner.PostJsonAsync($"/api/accounts/me/api-keys/{revoked.GetProperty("key").GetProperty("id").GetGuid()}/revoke", null);
        keys.Add(("revoked", factory.WithApiKey(revoked.GetProperty("secret").GetString()!)));

        var scoped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, e => e.Metadata.GetMetadata<Beian.Platform.ApiKeyScope>()?.Scope);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints(factory).OrderBy(e => e.Name == "SignOut"))
        {
            foreach (var (scope, client) in keys)
            {
                var response = await World.SendAsync(client, endpoint, Fill(endpoint.Pattern, world));
                var status = (int)response.StatusCode;
                var expected = !endpoint.Pattern.StartsWith("/api/", StringComparison.Ordinal) || scope == "revoked"
                    ? Expected(Declared[endpoint.Name], "anonymous")
                    : scoped[endpoint.Name] == scope ? Expected(Declared[endpoint.Name], "owner") : s => s is 403 or 429; // 429: a public door's own limit answered first
                if (status >= 500 || !expected(status))
                {
                    failures.Add($"{endpoint.Method} {endpoint.Pattern} with a {scope} key: {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<string> CreateKeyAsync(HttpClient owner, string scope) =>
        (await owner.PostJsonAsync("/api/accounts/me/api-keys", new { name = scope, scopes = new[] { scope } }, System.Net.HttpStatusCode.Created)).GetProperty("secret").GetString()!;

    [Fact]
    public async Task EveryConsolePage_IsOpenOnlyToItsFoldersRole()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var world = await World.BuildAsync(factory);
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/error", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var failures = new List<string>();
        foreach (var (caller, email) in new (string, string?)[]
        {
            ("anonymous", null), ("owner", "matrix-owner@example.com"), ("other", "matrix-other@example.com"), ("reviewer", DemoData.Reviewer),
            ("bureau", DemoData.BureauOperator), ("admin", DemoData.Admin),
        })
        {
            var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            if (email is not null)
            {
                var password = email.EndsWith("@demo.beian", StringComparison.Ordinal) ? DemoData.Password : TestPeople.Password;
                await browser.PostAsync(new Uri("/api/accounts/login?useCookies=true", UriKind.Relative), new StringContent($"{{\"email\":\"{email}\",\"password\":\"{password}\"}}", Encoding.UTF8, "application/json"));
            }

            foreach (var page in pages)
            {
                var response = await browser.GetAsync(new Uri(Fill(page, world), UriKind.Relative));
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? string.Empty;
                var role = page.Split('/')[1] switch
                {
                    "console" => "applicant",
                    "workbench" => "reviewer",
                    "bureau" => "bureau",
                    "admin" or "sandbox" => "admin",

                    // Support's and the admin's; of this walk's callers, the admin's.
                    "support" => "admin",
                    _ when page == "/account/password" => "signed-in",
                    _ => null,
                };
                var allowed = role is null || (role == "applicant" ? caller is "owner" or "other" : role == "signed-in" ? caller != "anonymous" : role == caller);
                var ok = status < 500 && (allowed
                    ? !location.Contains("sign-in", StringComparison.Ordinal) && !location.Contains("/error/403", StringComparison.Ordinal)
                        && (caller != "other" || !page.Contains('{', StringComparison.Ordinal) || status == 404)
                    : caller == "anonymous" ? location.Contains("/account/sign-in", StringComparison.Ordinal) : location.Contains("/error/403", StringComparison.Ordinal));
                if (!ok)
                {
                    failures.Add($"{page} as {caller}: {status} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task MalformedInput_ToEveryEndpoint_IsRefusedWithA4xx_NeverA5xx()
    {
        using var factory = new PlatformFactory(Databases.Sqlite);
        var world = await World.BuildAsync(factory);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints(factory).OrderBy(e => e.Name == "SignOut"))
        {
            var caller = world.Callers.Single(c => c.Name == CallerFor(Declared[endpoint.Name])).Client;
            foreach (var (url, body) in Malformed(endpoint, world))
            {
                var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
                if (body is not null)
                {
                    request.Content = endpoint.Form ? Form(body) : new StringContent(body, Encoding.UTF8, "application/json");
                }

                var response = await caller.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{endpoint.Method} {url} {body?[..Math.Min(body.Length, 80)]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string CallerFor(Audience audience) => audience switch
    {
        Audience.Reviewer => "reviewer",
        Audience.Bureau => "bureau",
        Audience.Admin => "admin",
        Audience.Support => "support",
        Audience.Public or Audience.FeedKey or Audience.Gate or Audience.Monitor => "anonymous",
        _ => "owner",
    };

    /// <summary>Bodies and addresses that no endpoint takes: wrong shapes and types, absurd values, hostile text.</summary>
    private static IEnumerable<(string Url, string? Body)> Malformed(Endpoint endpoint, World world)
    {
        var url = Fill(endpoint.Pattern, world);
        var hostile = new[] { "\u0000", "\u202E", new string('x', 5000), "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "💥" };
        foreach (var value in hostile)
        {
            var routed = RouteParameter().Replace(endpoint.Pattern, m => m.Groups[2].Success && m.Groups[2].Value is ":guid" or ":int" ? Fill(m.Value, world) : Uri.EscapeDataString(value.Replace("\u0000", "%", StringComparison.Ordinal)));
            yield return (routed + "?domain=" + Uri.EscapeDataString(value) + "&state=Nope&format=" + Uri.EscapeDataString(value) + "&number=" + Uri.EscapeDataString(value), null);
        }

        yield return (url.Replace(world.Order, Guid.NewGuid().ToString(), StringComparison.Ordinal), endpoint.Method is "POST" or "PUT" ? "{}" : null);
        if (endpoint.Method is not ("POST" or "PUT"))
        {
            yield break;
        }

        foreach (var body in new[]
        {
            "", "null", "[]", "\"text\"", "123", "{\"", "{}", "{\"a\":{\"b\":{\"c\":{\"d\":[[[[[[]]]]]]}}}}",
            "{\"email\":1,\"password\":[],\"text\":{},\"type\":\"Nope\",\"reasons\":\"x\",\"days\":1e309,\"count\":-99999999999,\"answered\":\"yes\"}",
            "{\"subject\":{\"nature\":\"Alien\"},\"websites\":[{}],\"checks\":[\"nope\"],\"minutes\":-5,\"role\":\"websites[99].principal\",\"passed\":null}",
            "{\"domains\":[\"\\u0000\",\"..\",\"-.cn\"],\"provinceCode\":\"99\",\"certificateNumber\":\"💥\",\"name\":\"\",\"reasons\":[{\"code\":null}],\"method\":\"Smoke\",\"appointmentAt\":\"yesterday\"}",
            "{\"field\":\"websites[99].principal.mobile\",\"reason\":\"x\",\"mobile\":\"\",\"idLastSix\":\"\",\"code\":\"\",\"refreshToken\":\"garbage\",\"kind\":\"x\",\"number\":\"x\"}",
        })
        {
            yield return (url, body);
        }
    }

    private static MultipartFormDataContent Form(string text)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(text), "role" },
            { new StringContent(text), "kind" },
            { new StringContent("not-a-date"), "issuedOn" },
        };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "x.jpg");
        return form;
    }

    /// <summary>What a caller must get from an endpoint of an audience: refused (401 signed out, 403 wrong role, 404 someone else's) or let through.</summary>
    private static Func<int, bool> Expected(Audience audience, string caller)
    {
        static bool Through(int s) => s is not (401 or 403);
        Func<int, bool> refusedAsAnonymous = s => s == 401;
        Func<int, bool> refusedByRole = s => s == 403;
        var roleOf = new Dictionary<Audience, string[]>
        {
            [Audience.Applicant] = ["owner", "other"],
            [Audience.Owner] = ["owner"],
            [Audience.Reviewer] = ["reviewer"],
            [Audience.Bureau] = ["bureau"],
            [Audience.Admin] = ["admin"],
            [Audience.Support] = ["support", "admin"],
        };
        return audience switch
        {
            Audience.Public or Audience.Monitor => Through,
            Audience.FeedKey => s => s == 403,
            Audience.Gate => s => s is 200 or 204 or 403,
            _ when caller == "anonymous" => refusedAsAnonymous,
            Audience.SignedIn => Through,
            Audience.Owner when caller == "other" => s => s == 404,
            _ => roleOf[audience].Contains(caller) ? Through : refusedByRole,
        };
    }

    private sealed record Endpoint(string Name, string Method, string Pattern, bool Form);

    /// <summary>Bodies well-formed enough that the caller, not the body, decides the answer.</summary>
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["SupplyMaterial"] = """{"text":"已补充"}""",
        ["WithdrawOrder"] = """{"text":"暂不需要备案"}""",
        ["StartRecordOrder"] = """{"type":"ChangeWebsite"}""",
        ["UpdatePublicSecurityFiling"] = """{"number":null}""",
        ["ReuseDocument"] = """{"documentId":"01a00000-0000-7000-8000-000000000000","roles":["subject.principal"]}""",
        ["CreateShareLink"] = """{"role":"subject.principal"}""",
        ["BookCallback"] = """{"from":"2026-12-01T10:00:00+08:00","to":"2026-12-01T11:00:00+08:00"}""",
        ["SupportAbandon"] = """{"text":"客服工单 1"}""",
        ["SandboxRenewInstance"] = """{"months":1}""",
    };

    private static List<Endpoint> Endpoints(PlatformFactory factory) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => new Endpoint(
                e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                m,
                "/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)))];

    private static string Fill(string pattern, World world) => RouteParameter().Replace(pattern, m => Uri.EscapeDataString(m.Groups["name"].Value switch
    {
        "id" when pattern.StartsWith("/api/instances", StringComparison.Ordinal) || pattern.StartsWith("/api/sandbox/shop", StringComparison.Ordinal) => world.Instance,
        "id" when pattern.StartsWith("/api/admin/staff", StringComparison.Ordinal) => world.Staff,
        "id" when pattern.StartsWith("/api/bureau/applications", StringComparison.Ordinal) => world.Application,
        "id" when pattern.StartsWith("/api/compliance/cases", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        "id" => world.Order,
        "documentId" => world.Document,
        "deliveryId" => Guid.NewGuid().ToString(),
        "icpNumber" => world.Website,
        "email" => "granted@example.com",
        "name" => "tlds",
        "registry" => "domains",
        "index" => "0",
        var other => other,
    }));

    [GeneratedRegex("\\{(?<name>[a-zA-Z]+)(:[a-z]+)?\\??\\}")]
    private static partial Regex RouteParameter();

    /// <summary>The people and the things they own that the matrix calls about.</summary>
    private sealed class World
    {
        public List<Caller> Callers { get; } = [];

        public string Instance { get; private set; } = string.Empty;

        public string Order { get; private set; } = string.Empty;

        public string Document { get; private set; } = string.Empty;

        public string Website { get; private set; } = string.Empty;

        public string Application { get; private set; } = string.Empty;

        public string Staff { get; private set; } = string.Empty;

        public static async Task<World> BuildAsync(PlatformFactory factory)
        {
            var journey = new FilingJourney(factory);
            var world = new World();
            var owner = await journey.NewApplicantAsync("matrix-owner@example.com");
            var other = await journey.NewApplicantAsync("matrix-other@example.com");
            var order = await FilingJourney.FileAsync(owner, 221, "matrix-221.cn");
            await journey.ApprovedAsync(order, 221, null);
            world.Order = order.GetProperty("id").GetGuid().ToString();
            world.Document = (await owner.GetJsonAsync($"/api/orders/{world.Order}/documents"))[0].GetProperty("id").GetGuid().ToString();
            world.Website = (await owner.GetJsonAsync("/api/records"))[0].GetProperty("websites")[0].GetProperty("icpNumber").GetString()!;
            world.Instance = (await owner.GetJsonAsync("/api/instances"))[0].GetProperty("id").GetGuid().ToString();
            var bureau = await factory.SignInAsync(DemoData.BureauOperator);
            world.Application = (await bureau.GetJsonAsync("/api/bureau/applications?state=Approved"))[0].GetProperty("id").GetString()!;
            await StaffSignIn.AddAsync(factory, "reviewer", "matrix-bystander@provider.example");
            var admin = await factory.SignInAsync(DemoData.Admin);
            world.Staff = (await admin.GetJsonAsync("/api/admin/staff")).EnumerateArray()
                .Single(s => s.GetProperty("email").GetString() == "matrix-bystander@provider.example").GetProperty("id").GetGuid().ToString();
            world.Callers.AddRange(
            [
                new("anonymous", factory.CreateClient()),
                new("owner", owner),
                new("other", other),
                new("reviewer", await factory.SignInAsync(DemoData.Reviewer)),
                new("bureau", bureau),
                new("admin", admin),
                new("support", await factory.StaffAsync("support", "matrix-support@provider.example")),
            ]);
            return world;
        }

        public static Task<HttpResponseMessage> SendAsync(HttpClient client, Endpoint endpoint, string url)
        {
            var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
            if (endpoint.Form)
            {
                request.Content = new MultipartFormDataContent { { new StringContent("subject.principal"), "role" } };
            }
            else if (endpoint.Method is "POST" or "PUT")
            {
                request.Content = new StringContent(Bodies.GetValueOrDefault(endpoint.Name, "{}"), Encoding.UTF8, "application/json");
            }

            return client.SendAsync(request);
        }
    }
}
