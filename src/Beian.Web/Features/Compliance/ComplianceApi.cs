using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Compliance;
using Beian.Numbers;
using Beian.Platform;
using Beian.Records;
using Beian.Reference;
using Beian.Web.Data;
using Beian.Web.Features.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>A case as the owner and the staff see it.</summary>
public sealed record CaseView(Guid Id, string Code, string Title, string? Remedy, string Target, string SubjectIcpNumber, string Detail, DateTimeOffset OpenedAt, DateTimeOffset Deadline, CaseState State, string? Resolution)
{
    public static CaseView Of(InspectionCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var finding = InspectionCatalog.Find(c.Code);
        return new(c.Id, c.Code, finding?.Title ?? c.Code, finding?.Remedy, c.Target, c.SubjectIcpNumber, c.Detail, c.OpenedAt, c.Deadline, c.State, c.Resolution);
    }
}

/// <summary>专项核查: run the checks, list the cases, extend a deadline, suspend a website for illegal content.</summary>
public static class ComplianceApi
{
    public sealed record RunRequest(IReadOnlyList<string>? Checks);

    public sealed record ExtendRequest([property: JsonRequired] int Days, string? Reason = null);

    public sealed record SuspendRequest([property: JsonRequired] string? Reason);

    public static RouteGroupBuilder MapCompliance(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/compliance").WithTags("专项核查");
        staff.MapPost("/run", (RunRequest? body, ComplianceCases cases, CancellationToken ct) => cases.RunAsync(body, ct).ToHttpAsync()).RequireAuthorization(Roles.Admin).WithName("RunInspection").WithSummary("立即执行专项核查：注册库、页脚备案号与网站内容、空壳网站（DNS）");
        staff.MapPost("/reconcile", ReconcileAsync).RequireAuthorization(Roles.Admin).WithName("Reconcile").WithSummary("对账：本接入商备案信息与工信部备案库比对（repair=true 时修复可安全修复的差异）");
        staff.MapPost("/footer-reminders", FooterRemindersAsync).RequireAuthorization(Roles.Admin).WithName("SendFooterReminders").WithSummary("向全部备案主体发送备案号悬挂提醒邮件（仅为提醒，R-FOOTER-11）");
        staff.MapGet("/cases", async (CaseState? state, ComplianceCases cases, CancellationToken ct) => TypedResults.Ok(await cases.CasesAsync(state, ct))).RequireAuthorization(Roles.Admin).WithName("InspectionCases").WithSummary("专项核查整改案件");
        staff.MapGet("/cases/export", ExportCases.Handle).RequireAuthorization(Roles.Admin).WithName("ExportInspectionCases").WithSummary("导出整改案件（format=csv 或 xlsx）");
        staff.MapPost("/cases/{id:guid}/extend", (Guid id, ExtendRequest body, ClaimsPrincipal user, ComplianceCases cases, CancellationToken ct) => cases.ExtendAsync(id, body, user, ct).ToHttpAsync()).RequireAuthorization(Roles.Admin).WithName("ExtendRectification").WithSummary("延长整改期限（如证件换发中，R-INSP-05）");
        staff.MapPost("/websites/{icpNumber}/suspend", SuspendAsync).RequireAuthorization(Roles.Admin).WithName("SuspendWebsite").WithSummary("因违法违规内容暂停接入（立即阻断，R-CONTENT-06）");
        api.MapGet("/records/cases", async (ClaimsPrincipal user, ComplianceCases cases, CancellationToken ct) => TypedResults.Ok(await cases.MyCasesAsync(user, ct))).WithTags("我的备案").RequireAuthorization(Roles.Applicant).AllowApiKey(Beian.Accounts.ApiScopes.ReadRecords).WithName("MyInspectionCases").WithSummary("我的专项核查整改事项");
        return api;
    }

    public static async Task<Ok<ReconciliationReport>> ReconcileAsync(bool? repair, Reconciliation reconciliation, CancellationToken ct) =>
        TypedResults.Ok(await reconciliation.RunAsync(repair == true, ct));

    public sealed record RemindersSent(int Subjects);

    public static async Task<Ok<RemindersSent>> FooterRemindersAsync(ProviderDb db, Notifier notifier, CancellationToken ct)
    {
        var subjects = await ServedRecords.LoadAsync(db, ct);
        foreach (var subject in subjects)
        {
            await notifier.FooterReminderAsync(subject.AccountId, subject.IcpNumber, [.. subject.Websites.Select(w => w.IcpNumber)], ct);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RemindersSent(subjects.Count));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SuspendAsync(
        string icpNumber, SuspendRequest body, ProviderDb db, Notifier notifier, InspectionCases cases, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Reason))
        {
            return Problems.Invalid("compliance.reason_required", "请填写暂停接入的原因。");
        }

        var website = IcpNumber.TryParse(icpNumber, out var number) && number.IsServiceNumber
            ? await db.RecordWebsites.Include(w => w.Domains).FirstOrDefaultAsync(w => w.IcpNumber == icpNumber, ct)
            : null;
        if (website is null)
        {
            return Problems.NotFound("record");
        }

        if (website.Apply(RecordAction.Suspend, time.GetUtcNow()) is not { } suspended)
        {
            return Problems.Conflict("record.not_served", "该网站当前未在本接入商正常接入。");
        }

        db.RecordEvents.Add(suspended);
        var subject = await db.RecordSubjects.AsNoTracking().FirstAsync(s => s.Id == website.SubjectId, ct);
        await notifier.SuspendedAsync(subject.AccountId, website.IcpNumber, body.Reason, await cases.MobileAsync(subject.IcpNumber, ct), ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
