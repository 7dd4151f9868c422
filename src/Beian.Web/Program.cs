using Beian.Bureau.Hosting;
using Beian.Platform;
using Beian.Web.Features.Accounts;
using Beian.Web.Features.Compliance;
using Beian.Web.Features.Diagnosis;
using Beian.Web.Features.Filings;
using Beian.Web.Features.Gate;
using Beian.Web.Features.Instances;
using Beian.Web.Features.Operations;
using Beian.Web.Features.Records;
using Beian.Web.Features.ReferenceTables;
using Beian.Web.Features.Review;
using Beian.Web.Features.Sandbox;
using Beian.Web.Features.Staff;
using Beian.Web.Features.Webhooks;
using Beian.Web.Infrastructure;

if (Commands.RunBeforeHost(args, Console.Out))
{
    return;                // keys init | keys next: key files, made before any host can start
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBeianPlatform();

var app = builder.Build();
await app.PrepareAsync();
if (await app.RunCommandAsync(args))
{
    return;                // inspect | reconcile: a command-line task instead of the host
}

app.UseBeianPipeline();

var api = app.MapGroup("/api").AddEndpointFilter(TextInputFilters.ApiAsync).WithProblemResponses();
api.MapAccounts();       // 账号: register, sign in
api.MapInstances();      // 云产品与备案服务码
api.MapFilings();        // 备案订单: the wizard, submit, withdraw, abandon
api.MapRecords();        // 我的备案: changes, cancel access, cancellations
api.MapDiagnosis();      // 访问诊断: why a domain is blocked
api.MapCompliance();     // 专项核查: inspections, footer and DNS checks, rectification
api.MapReview();         // 初审工作台
api.MapBureauSimulator(); // 管局 and 工信部 (simulated): review, numbers, SMS verification, public query
api.MapReferenceTables(); // 参考数据: TLDs, registrars, holidays replaced by CSV
api.MapStaff();          // 员工账号: invite, disable and re-role staff
api.MapWebhooks();       // 事件推送: subscriptions, deliveries, redelivery, missed events
if (app.IsSandbox())
{
    api.MapSandbox();    // fixtures, clock, outboxes — sandbox mode only
}

app.MapConsole();        // 控制台: the pages for applicants, reviewers, the bureau and admins
app.MapGate();           // 接入阻断: nginx auth_request and the block page
app.MapApiReference();   // /openapi/v1.json and /api-reference
app.MapOperations();     // /health/live, /health/ready, /metrics
app.PrintBannerOnStart();
app.Run();

/// <summary>The platform host; public so that tests can start it.</summary>
public partial class Program;
