using System.Text.Json.Serialization;
using Beian.Bureau.Hosting;
using Beian.Gate;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Web.Data;
using Beian.Web.Features.Accounts;
using Beian.Web.Features.Compliance;
using Beian.Web.Features.Diagnosis;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Instances;
using Beian.Web.Features.Notifications;
using Beian.Web.Features.Operations;
using Beian.Web.Features.Records;
using Beian.Web.Features.Review;
using Beian.Web.Features.Sandbox;
using Beian.Web.Features.Webhooks;
using Beian.Web.Infrastructure.Keys;
using Beian.Web.Infrastructure.Security;
using Beian.Web.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Beian.Web.Infrastructure;

/// <summary>The wiring of the platform host, so that Program.cs can read as a contents page.</summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddBeianPlatform(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var config = builder.Configuration;
        var platform = config.GetSection("Platform").Get<PlatformOptions>() ?? new PlatformOptions();
        if (!platform.Sandbox && platform.DemoData == true)
        {
            throw new InvalidOperationException(
                "Demo data (Platform:DemoData) exists only in sandbox mode: its accounts have a published password. Start with --Platform:DemoData=false, or in sandbox mode.");
        }

        builder.AddHttpHardening();
        builder.AddOperations();
        var dataFolder = Path.GetFullPath(platform.DataFolder);
        // The database, the uploads and the sandbox's keys live here: the service user's alone.
        FileModes.CreatePrivateFolder(dataFolder);
        services.Configure<PlatformOptions>(config.GetSection("Platform"));
        services.Configure<JobOptions>(config.GetSection("Jobs"));
        services.Configure<Features.Filings.FilingOptions>(config.GetSection("Filing"));
        services.Configure<SmtpOptions>(config.GetSection("Notifications:Smtp"));

        services.AddSingleton(platform.Sandbox ? new SandboxClock(TimeProvider.System) : TimeProvider.System);
        var storage = config.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        services.AddBeianStorage(storage, dataFolder);
        services.AddBeianKeys(config, dataFolder, platform.Sandbox);
        services.AddIdentityApiEndpoints<PlatformUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = true;
                // Wrong passwords are counted per address and client (SignInThrottle), never per account, so
                // that nobody can keep a staff member out by typing their address.
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddClaimsPrincipalFactory<DisplayNameClaims>()
            .AddPasswordValidator<CommonPasswords>()
            .AddEntityFrameworkStores<ProviderDb>();
        // Sign-ins live by the real clock, not the platform's: moving the sandbox clock ahead (45 days to expire an
        // order) must not sign everybody out. Business time (orders, deadlines, lockouts) is the platform's.
        services.PostConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(o => o.TimeProvider = TimeProvider.System);
        services.PostConfigureAll<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(o => o.TimeProvider = TimeProvider.System);
        services.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = TimeProvider.System);
        services.AddConsole();
        services.AddBeianRateLimits(config);
        services.AddScoped<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<RegisterAccount>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<Features.Staff.StaffAccounts>();
        services.AddApiKeys();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, p => p.RequireRole(role));
        }

        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        services.AddExceptionHandler<ExpectedExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Request and response types are nested in their use cases (StartFiling.Request, RejectOrder.Request): named by
        // their use case in the document, or they would all be "Request" and share one schema.
        services.AddOpenApi(o =>
        {
            o.CreateSchemaReferenceId = type =>
                type.Type.DeclaringType is { } useCase && !type.Type.IsGenericType && type.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object
                    ? useCase.Name + type.Type.Name
                    : Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            o.AddOperationTransformer(ProblemResponseDescriptions.DescribeAsync);
            o.AddDocumentTransformer(WebhooksDocument.TransformAsync);
        });

        // Provider side.
        services.AddScoped<DraftMapper>();
        services.AddScoped<UploadStore>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<ViewUpload>();
        services.AddScoped<BasicCheck>();
        services.AddScoped<Notifier>().AddScoped<MyMessages>();
        services.AddScoped<DeliverOutbox>();
        services.AddScoped<INotificationSender>(sp => new SimulatedGateway(sp.GetRequiredService<ProviderDb>(), sp.GetRequiredService<TimeProvider>(), Channel.Sms));
        if (string.IsNullOrWhiteSpace(config["Notifications:Smtp:Host"]))
        {
            services.AddScoped<INotificationSender>(sp => new SimulatedGateway(sp.GetRequiredService<ProviderDb>(), sp.GetRequiredService<TimeProvider>(), Channel.Email));
        }
        else
        {
            services.AddScoped<INotificationSender, SmtpEmailSender>();
        }

        services.AddScoped<BureauForwarding>();
        services.AddScoped<ApplyBureauNotices>();
        services.AddScoped<WarnOfExpiry>();
        services.AddScoped<Features.ReferenceTables.ApplyReferenceImports>();
        services.AddSingleton<ReferenceTablesInUse>();
        services.AddScoped<ExpireOrders>();
        services.AddScoped<Features.Operations.OperationsOverview>();
        services.AddScoped<RuleCheck>();
        services.AddAccounts();
        Features.ReferenceTables.ReferenceTablesApi.AddReferenceTables(services);
        services.AddInstances();
        services.AddFilings();
        services.AddRecords();
        services.AddDiagnosis();
        services.AddSandbox();
        services.AddReview();

        // Post-filing compliance: special inspections, footer and DNS checks, rectification deadlines.
        services.AddCompliance(config);

        // Event push: the event tables followed into the webhook outbox, sent by their own loop.
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, LifecycleEvents>();
        services.AddWebhooks(config);

        // The gate follows the provider's copy of the record in memory.
        services.Configure<GateOptions>(config.GetSection("Gate"));
        services.AddSingleton<GateState>();
        services.AddSingleton(sp => new MainlandRanges(sp.GetRequiredService<IOptions<GateOptions>>().Value.MainlandRanges));
        services.AddSingleton<GateFollower>();
        services.AddHostedService<GateJob>();

        // The sweep's steps, in the order they run: tables an admin imported first, then the bureau's side (its own
        // clock: SMS windows, review, housekeeping), then the provider's, which reads what the bureau did.
        services.AddSweepStep<Features.ReferenceTables.ApplyReferenceImports>((s, ct) => s.RunAsync(ct));
        services.AddBureauSimulator(config, storage, dataFolder);
        services.AddSweepStep<BureauForwarding>((s, ct) => s.ForwardWaitingAsync(ct));
        services.AddSweepStep<ApplyBureauNotices>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<WarnOfExpiry>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<ExpireOrders>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<Rectification>((s, ct) => s.CancelOverdueAccessAsync(ct));
        services.AddSweepStep<ComplianceRun>((s, ct) => s.RunWhenDueAsync(ct));
        services.AddSweepStep<DeliverOutbox>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<Features.Webhooks.CaseDeadlines>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<RemindOfPublicSecurity>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<Features.Webhooks.WebhookFollower>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<PruneWebhooks>((s, ct) => s.RunAsync(ct));
        services.AddSweepStep<SignInThrottle>((s, ct) => s.ForgetOldAsync(ct));
        services.AddSingleton<SweepRunner>();
        services.AddHostedService<Sweeper>();
        return builder;
    }

    /// <summary>Migrates both sides, loads the sandbox clock and, when asked, the demo data.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ct = app.Lifetime.ApplicationStopping;
        var storage = app.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        if (storage.MigrateOnStart)
        {
            await StorageSetup.MigrateAsync(app.Services, ct);
            await BureauSimulatorSetup.MigrateAsync(app.Services, ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (app.Services.GetRequiredService<TimeProvider>() is SandboxClock clock)
            {
                await clock.ReloadAsync(scope.ServiceProvider.GetRequiredService<ProviderDb>(), ct);
            }

            // The tables an admin imported are in use from the first request on.
            await scope.ServiceProvider.GetRequiredService<Features.ReferenceTables.ApplyReferenceImports>().RunAsync(ct);
        }

        await DemoData.EnsureRolesAsync(app.Services);
        var platform = app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value;
        if (platform.Sandbox && platform.WithDemoData)
        {
            await DemoData.EnsureAsync(app.Services, ct);
        }
        else if (!platform.Sandbox)
        {
            // Outside sandbox nobody may hold a published password: demo accounts left from a sandbox run are disabled.
            await DemoData.DisableAsync(app.Services);
        }
    }

    public static WebApplication UseBeianPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpHardening();
        app.UseMonitorNetworks();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseConsole();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseSessionChecks();
        app.UseApiKeyScopes();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Prints where the platform listens and, with demo data, how to sign in.</summary>
    public static void PrintBannerOnStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:5080";
            var lines = new List<string>
            {
                string.Empty,
                "  Beian — ICP filing platform" + (app.IsSandbox() ? " (sandbox mode)" : string.Empty),
                $"  Console:        {url}/",
                $"  API reference:  {url}/api-reference",
                $"  OpenAPI:        {url}/openapi/v1.json",
            };
            if (app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value is { Sandbox: true, WithDemoData: true })
            {
                lines.Add($"  Demo sign-ins (password {DemoData.Password}):");
                lines.Add($"    applicant  {DemoData.Applicant}");
                lines.Add($"    reviewer   {DemoData.Reviewer}");
                lines.Add($"    bureau     {DemoData.BureauOperator}");
                lines.Add($"    admin      {DemoData.Admin}");
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
    }

    public static bool IsSandbox(this WebApplication app) => app?.Configuration.GetValue("Platform:Sandbox", true) ?? false;

    public static WebApplication MapApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference", o => o.WithTitle("Beian API"));
        return app;
    }
}
