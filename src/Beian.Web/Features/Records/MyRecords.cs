using System.Security.Claims;
using Beian.Filings;
using Beian.Numbers;
using Beian.Platform;
using Beian.Ports;
using Beian.Records;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Filings;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>The applicant's records (我的备案) with what each allows now, and a change, cancel-access or cancellation order started on one.</summary>
public sealed class MyRecords(ProviderDb db, IBureauGateway bureau, DraftMapper mapper, Accounts.SecurityPhone phone, TimeProvider time)
{
    public async Task<List<RecordSubjectView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var busy = await BasicCheck.InProgress(db.Orders.Where(o => o.AccountId == accountId)).AnyAsync(ct);
        var subjects = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .Where(s => s.AccountId == accountId).ToListAsync(ct);
        return subjects.Select(s =>
        {
            var live = s.Websites.Where(w => w.Status == RecordStatus.Normal).ToList();
            var province = ProvinceRuleTable.For(s.ProvinceCode);
            bool Offered(FilingType action) => !ProvinceChangeConditions.Hides(province, action, s.Nature);
            FilingType[] subjectActions = busy || s.Status != RecordStatus.Normal ? [] : [FilingType.ChangeSubject, FilingType.CancelSubject, FilingType.NewWebsiteSubjectHere];
            return new RecordSubjectView(s.IcpNumber, s.Name, s.Status, [.. subjectActions.Where(Offered)], [.. s.Websites.OrderBy(w => w.IcpNumber.Length).ThenBy(w => w.IcpNumber, StringComparer.Ordinal).Select(w =>
                new RecordWebsiteView(w.IcpNumber, w.Name, w.Status, [.. w.Domains.Select(d => d.Domain)],
                    busy || w.Status != RecordStatus.Normal ? [] : [.. WebsiteActions(live.Count, w.Domains.Count).Where(Offered)],
                    w.Type == ServiceType.Website ? FooterSnippet(s, w) : null, w.Type))]);
        }).ToList();
    }

    public async Task<Result<OrderView>> StartAsync(string icpNumber, RecordsApi.StartRequest body, ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        if (!IcpNumber.TryParse(icpNumber, out var number, onImport: true))
        {
            return Problems.NotFound("record");
        }

        var subject = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .FirstOrDefaultAsync(s => s.IcpNumber == number.Subject.ToString() && s.AccountId == accountId && s.Status == RecordStatus.Normal, ct);
        var website = number.IsServiceNumber ? subject?.Websites.FirstOrDefault(w => w.IcpNumber == number.ToString() && w.Status == RecordStatus.Normal) : null;
        var forWebsite = body?.Type is FilingType.ChangeWebsite or FilingType.CancelAccess or FilingType.CancelWebsite;
        var forSubject = body?.Type is FilingType.ChangeSubject or FilingType.CancelSubject;
        if (subject is null || (forWebsite && website is null) || (forSubject && number.IsServiceNumber))
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

        // R-ACCT-08: a change starts only with the code sent to the account's security phone, taken last so that a
        // refusal for another reason does not use it up.
        if (body.Type is FilingType.ChangeSubject or FilingType.ChangeWebsite
            && await phone.TakeAsync(accountId, Beian.Accounts.SecurityCodePurpose.StartChange, body.SecurityCode, "R-ACCT-08", ct) is { } refused)
        {
            return refused;
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
        return OrderView.Of(order, mapper, Actor.Applicant);
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
}
