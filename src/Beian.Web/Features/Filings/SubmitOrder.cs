using System.Security.Claims;
using Beian.Filings;
using Beian.Instances;
using Beian.Platform;
using Beian.Rules;
using Beian.Web.Data;
using Beian.Web.Features.Instances;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// 提交备案 (T01, T15, T16): the draft must be complete, the basic check must still lead to the same filing type with
/// the order itself excepted, every website must hold a valid service code, which the order then binds, and the rule
/// book must find nothing that blocks. Warnings go along to the reviewer.
/// </summary>
public sealed class SubmitOrder(ProviderDb db, DraftMapper mapper, BasicCheck check, RuleCheck rules, BureauForwarding forwarding, TimeProvider time)
{
    /// <summary>Cancellations and cancel-access cannot be undone: the applicant confirms that they know (R-ORDER-09).</summary>
    public sealed record Request(bool ConfirmIrrevocable);

    public async Task<Result<OrderView>> HandleAsync(Guid id, Request? body, ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var order = await db.LoadAsync(id, accountId, ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        if (OrderTransitions.Find(order.State, OrderAction.Submit, order.Path) is null)
        {
            return Problems.From(OrderTransitions.Refusal(order.State, OrderAction.Submit, order.Path));
        }

        if (order.Path == ReviewPath.DirectToBureau && body?.ConfirmIrrevocable != true)
        {
            return Problems.Invalid("R-ORDER-09", $"「{order.Type.ChineseName()}」提交后立即报送管局，且不可撤回、不可恢复。请确认后再提交。");
        }

        var (findings, codes) = await CheckAsync(order, accountId, ct);
        var blocking = findings.Where(f => f.Severity == Severity.Blocking).ToList();
        if (blocking.Count > 0)
        {
            return Problems.FromFindings(blocking);
        }

        foreach (var code in codes)
        {
            code.Apply(ServiceCodeAction.Bind, order.Id);
        }

        order.Edit(await ProductVerification.WithAccessAsync(db, order.Draft, ct));

        // Cancellations go to the bureau at once (§5.2); everything else waits for the provider's review.
        var error = order.Path == ReviewPath.DirectToBureau
            ? await forwarding.ForwardAsync(order, OrderAction.Submit, Actor.Applicant, user.DisplayName(), ct)
            : order.Apply(OrderAction.Submit, Actor.Applicant, user.DisplayName(), time.GetUtcNow());
        if (error is not null)
        {
            return Problems.From(error);
        }

        await db.SaveOrderAsync(ct);
        return OrderView.Of(order, mapper, Actor.Applicant);
    }

    /// <summary>
    /// Everything submission checks, all at once: the account, the filing type, each service code and the rule book
    /// (its warnings too, which go along to the reviewer). The confirm page shows exactly this, so a draft it calls
    /// ready is one that submits.
    /// </summary>
    public async Task<(List<Finding> Findings, List<ServiceCode> Codes)> CheckAsync(FilingOrder order, Guid accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var findings = new List<Finding>();
        var accountBlock = await StartFiling.AccountBlockAsync(db, accountId, order.Draft, order.Id, order.Type, ct);
        if (accountBlock is not null)
        {
            findings.Add(accountBlock);
        }

        if (order.TargetIcpNumber is null)
        {
            var outcome = await check.DecideAsync(accountId, order.Draft, false, order.Id, ct);
            if (outcome.Block is not null)
            {
                findings.Add(outcome.Block);
            }
            else if (outcome.Type != order.Type)
            {
                findings.Add(new Finding(["R-BASIC-08"], Severity.Blocking, "type", $"备案信息已变化，当前应办理「{outcome.Type!.Value.ChineseName()}」而非「{order.Type.ChineseName()}」", "请放弃本订单，重新进行基础信息校验。", "REJ-FILING-TYPE-WRONG"));
            }
        }

        var now = time.GetUtcNow();
        var codes = new List<ServiceCode>();
        for (var i = 0; NeedsCodes(order.Type) && i < order.Draft.Websites.Count; i++)
        {
            var (code, finding) = await BindableCodeAsync(db, order, i, codes, now, ct);
            if (finding is not null)
            {
                findings.Add(finding);
            }
            else if (code is not null)
            {
                codes.Add(code);
            }
        }

        if (order.Path == ReviewPath.ProviderReview)
        {
            // What is missing comes first: an order without its websites' data is that before it is anything else.
            var found = await rules.RunAsync(order, ct);
            findings.InsertRange(0, found.Where(f => Completeness.Contains(f.PrimaryId)));
            findings.AddRange(found.Where(f => !Completeness.Contains(f.PrimaryId)));
        }

        return (findings, codes);
    }

    private static readonly string[] Completeness = ["R-WEB-01", "R-CODE-16"];

    /// <summary>New websites need a service code each; changes and cancellations concern websites that already have one.</summary>
    private static bool NeedsCodes(FilingType type) =>
        type is FilingType.FirstFiling or FilingType.Access or FilingType.NewWebsiteSubjectHere or FilingType.NewWebsiteSubjectElsewhere;

    /// <summary>R-CODE-16, R-CODE-21, R-CODE-11, R-CODE-12/13, R-CODE-08: the code exists, is free and its instance still eligible.</summary>
    private static async Task<(ServiceCode? Code, Finding? Finding)> BindableCodeAsync(
        ProviderDb db, FilingOrder order, int index, List<ServiceCode> taken, DateTimeOffset now, CancellationToken ct)
    {
        var field = $"websites[{index}].serviceCode";
        var value = order.Draft.Websites[index].ServiceCode ?? string.Empty;
        if (value.Length == 0)
        {
            // No code at all is the rule book's to say (R-CODE-16, EveryNewWebsiteHasAServiceCode).
            return (null, null);
        }

        if (!Guid.TryParseExact(value, "D", out _))
        {
            return (null, new Finding(["R-CODE-21"], Severity.Blocking, field, "备案服务码格式不正确", "备案服务码形如 32a43232-a888-88e8-b9ec-00888be80001，请核对后重新填写。"));
        }

        var code = await db.ServiceCodes.FirstOrDefaultAsync(c => c.Value == value, ct);
        if (code is null)
        {
            return (null, new Finding(["R-CODE-16"], Severity.Blocking, field, "产品验证失败，备案服务码不存在", "请在「备案服务码」页面申请，或向购买产品的账号索取。"));
        }

        if (taken.Contains(code) || (code.State == ServiceCodeState.Bound && code.OrderId != order.Id))
        {
            return (null, new Finding(["R-CODE-11", "R-APP-35"], Severity.Blocking, field, "该备案服务码已被其他网站或APP使用", "一个备案服务码只能用于一个主体的一个网站或一个APP，请申请新的服务码。"));
        }

        if (code.State is ServiceCodeState.Used or ServiceCodeState.Void)
        {
            return (null, new Finding(["R-CODE-12", "R-CODE-13"], Severity.Blocking, field, "该备案服务码已使用或已失效", "请申请新的备案服务码。"));
        }

        var instance = await db.Instances.SingleAsync(i => i.Id == code.InstanceId, ct);
        var refusal = ApplyServiceCode.Refusal(instance, Reference.ProductTable.Find(instance.ProductType), now);
        if (refusal is not null)
        {
            return (null, new Finding([refusal.Value.Code], Severity.Blocking, field, refusal.Value.Message, "请续费或更换符合条件的产品后重新验证。"));
        }

        return (code, null);
    }
}
