using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;

namespace Beian.Web.Features.Filings;

/// <summary>
/// Steps 2–5 of the wizard: the applicant fills in the subject, its principal, the websites and their principals, and
/// may come back to any section until submission (R-ORDER-10). The owner sees its own values in full while editing.
/// </summary>
public sealed class EditDraft(ProviderDb db, DraftMapper mapper, BasicCheck check, TimeProvider time)
{
    public async Task<Result<DraftView>> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        // Only while the draft can still be edited does its owner see the values in full (DESIGN.md §4).
        return mapper.ToView(order.Draft, order.WebsiteIcpNumbers, reveal: order.IsEditable);
    }

    public async Task<Result<OrderView>> PutAsync(Guid id, DraftInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var (draft, errors) = mapper.ToDraft(input, requireComplete: false);
        if (draft is null)
        {
            return StartFiling.InvalidDraft(errors);
        }

        var before = order.Draft.Subject;
        if (order.TargetIcpNumber is not null)
        {
            // A change keeps the filed websites it concerns; domains may only go. Its province is the rule book's.
            if (draft.Websites.Count != order.Draft.Websites.Count)
            {
                return Problems.Invalid("draft.websites_fixed", "变更订单不能增加或删除网站；新增网站请办理新增网站，删除网站请办理注销网站。");
            }

            draft = draft with { Websites = [.. draft.Websites.Select((w, i) => w with { IcpNumber = order.Draft.Websites[i].IcpNumber })] };
        }
        else if (draft.Subject.CertificateNumber.Index != before.CertificateNumber.Index || draft.Subject.ProvinceCode != before.ProvinceCode)
        {
            // The basic information decided the filing type; changing it means a new basic check, not an edit.
            return Problems.Invalid("draft.basic_info_changed", "证件号码和所属区域决定备案类型，不能在此修改；如需修改，请放弃本订单后重新进行基础信息校验。");
        }
        else if (order.Type == FilingType.Access)
        {
            // An app's access names the app it takes over (R-APP-09), found again by its name as the draft now has it.
            draft = await check.WithAccessedAppNumbersAsync(draft, ct);
        }

        var error = order.Edit(await ProductVerification.WithAccessAsync(db, draft, ct));
        if (error is not null)
        {
            return Problems.From(error);
        }

        order.Note(Actor.Applicant, user.DisplayName(), time.GetUtcNow(), "保存备案信息");
        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Applicant);
    }
}
