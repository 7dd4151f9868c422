using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.Numbers;
using Beian.Platform;
using Beian.Ports;
using Beian.Records;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>
/// A filed website as its owner sees it in 我的备案, with the footer snippet to put on its pages (R-FOOTER-15): the number
/// the footer must show where one domain serves the site (R-FOOTER-02), linked to MIIT.
/// </summary>
public sealed record RecordWebsiteView(string IcpNumber, string Name, RecordStatus Status, IReadOnlyList<string> Domains, IReadOnlyList<FilingType> Actions, string FooterSnippet);

/// <summary>A filed subject with its websites and the record actions allowed now.</summary>
public sealed record RecordSubjectView(string IcpNumber, string Name, RecordStatus Status, IReadOnlyList<FilingType> Actions, IReadOnlyList<RecordWebsiteView> Websites);

/// <summary>
/// 我的备案: the account's filed subject and websites, and the record-level orders started from them — change subject,
/// change website, cancel access, cancel website, cancel subject. Record actions are hidden while the account has an
/// order in progress (R-ORDER-01, §11.1), and where the province does not take that change as a filing (R-ORDER-12).
/// </summary>
public static class RecordsApi
{
    public sealed record StartRequest([property: JsonRequired] FilingType Type);

    public static RouteGroupBuilder MapRecords(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/records").WithTags("我的备案").RequireAuthorization(Roles.Applicant);
        group.MapGet("/", ListAsync).WithName("MyRecords").WithSummary("我的备案：主体、网站与当前可办理的操作");
        group.MapPost("/{icpNumber}/orders", StartAsync).WithName("StartRecordOrder").WithSummary("对已备案的主体或网站发起变更、取消接入或注销");
        return api;
    }

    public static async Task<Ok<List<RecordSubjectView>>> ListAsync(ClaimsPrincipal user, ProviderDb db, CancellationToken ct)
    {
        var accountId = user.Id();
        var busy = await BasicCheck.InProgress(db.Orders.Where(o => o.AccountId == accountId)).AnyAsync(ct);
        var subjects = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .Where(s => s.AccountId == accountId).ToListAsync(ct);
        return TypedResults.Ok(subjects.Select(s =>
        {
            var live = s.Websites.Where(w => w.Status == RecordStatus.Normal).ToList();
            var province = ProvinceRuleTable.For(s.ProvinceCode);
            bool Offered(FilingType action) => !ProvinceChangeConditions.Hides(province, action, s.Nature);
            FilingType[] subjectActions = busy || s.Status != RecordStatus.Normal ? [] : [FilingType.ChangeSubject, FilingType.CancelSubject, FilingType.NewWebsiteSubjectHere];
            return new RecordSubjectView(s.IcpNumber, s.Name, s.Status, [.. subjectActions.Where(Offered)], [.. s.Websites.OrderBy(w => w.IcpNumber.Length).ThenBy(w => w.IcpNumber, StringComparer.Ordinal).Select(w =>
                new RecordWebsiteView(w.IcpNumber, w.Name, w.Status, [.. w.Domains.Select(d => d.Domain)],
                    busy || w.Status != RecordStatus.Normal ? [] : [.. WebsiteActions(live.Count, w.Domains.Count).Where(Offered)], FooterSnippet(s, w)))]);
        }).ToList());
    }

    private static string FooterSnippet(RecordSubject subject, RecordWebsite website)
    {
        var (number, _) = Beian.Compliance.FooterNumber.Expected(subject.ProvinceCode, subject.IcpNumber, website.IcpNumber, [new(website.IcpNumber, Beian.Compliance.Pointing.Direct, website.IcpNumber)]);
        return $"<a href=\"https://{Beian.Compliance.FooterExamination.MiitHost}/\" target=\"_blank\">{number}</a>";
    }

    /// <summary>Removing the only domain of the only website is a subject cancellation (R-CANCEL-16, lifecycle §13).</summary>
    private static FilingType[] WebsiteActions(int liveWebsites, int domains) =>
        liveWebsites == 1 && domains == 1
            ? [FilingType.ChangeWebsite, FilingType.CancelAccess]
            : [FilingType.ChangeWebsite, FilingType.CancelAccess, FilingType.CancelWebsite];

    public static async Task<Results<Created<OrderView>, ProblemHttpResult>> StartAsync(
        string icpNumber, StartRequest body, ClaimsPrincipal user, ProviderDb db, IBureauGateway bureau, DraftMapper mapper, TimeProvider time, CancellationToken ct)
    {
        var accountId = user.Id();
        if (!IcpNumber.TryParse(icpNumber, out var number, onImport: true))
        {
            return Problems.NotFound("record");
        }

        var subject = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.IcpNumber == number.Subject.ToString() && s.AccountId == accountId && s.Status == RecordStatus.Normal, ct);
        var website = number.IsWebsiteNumber ? subject?.Websites.FirstOrDefault(w => w.IcpNumber == number.ToString() && w.Status == RecordStatus.Normal) : null;
        var forWebsite = body?.Type is FilingType.ChangeWebsite or FilingType.CancelAccess or FilingType.CancelWebsite;
        var forSubject = body?.Type is FilingType.ChangeSubject or FilingType.CancelSubject;
        if (subject is null || (forWebsite && website is null) || (forSubject && number.IsWebsiteNumber))
        {
            return Problems.NotFound("record");
        }

        if (!forWebsite && !forSubject)
        {
            return Problems.Invalid("record.action_unknown", "请选择变更主体、变更网站、取消接入、注销网站或注销主体。");
        }

        if (ProvinceChangeConditions.Hides(ProvinceRuleTable.For(subject.ProvinceCode), body!.Type, subject.Nature))
        {
            return Problems.FromFindings([new Finding(["R-ORDER-12", "R-PROV-CFG-24"], Severity.Blocking, "type", ProvinceChangeConditions.Refusal(body.Type), "请先办理注销，再重新进行基础信息校验并办理首次备案。")]);
        }

        var draft = await bureau.RecordDraftAsync(subject.IcpNumber, ct);
        if (draft is null)
        {
            return Problems.Conflict("record.gone", "工信部备案库中已无该备案，请通过工信部备案查询核实后重新备案。");
        }

        var block = await StartFiling.AccountBlockAsync(db, accountId, draft, null, body!.Type, ct);
        if (block is not null)
        {
            return Problems.FromFindings([block]);
        }

        if (body!.Type == FilingType.CancelWebsite && subject.Websites.Count(w => w.Status == RecordStatus.Normal) == 1 && website!.Domains.Count == 1)
        {
            return Problems.FromFindings([new Finding(["R-CANCEL-16"], Severity.Blocking, "type", "该主体仅有这一个网站且网站只有一个域名，不能单独注销网站", "请办理注销主体。")]);
        }

        if (forWebsite)
        {
            draft = draft with { Websites = [.. draft.Websites.Where(w => w.IcpNumber == website!.IcpNumber)] };
        }

        var now = time.GetUtcNow();
        var order = new FilingOrder(Guid.CreateVersion7(now), StartFiling.NewOrderNumber(now), accountId, body.Type, draft, now, number.ToString());
        order.Note(Actor.Applicant, user.DisplayName(), now, $"发起{body.Type.ChineseName()}：{number}");
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orders/{order.Id}", OrderView.Of(order, mapper, Actor.Applicant));
    }
}
