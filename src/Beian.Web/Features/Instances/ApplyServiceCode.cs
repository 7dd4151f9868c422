using System.Security.Claims;
using Beian.Instances;
using Beian.Platform;
using Beian.Platform.Data;
using Beian.Reference;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Instances;

/// <summary>
/// Applying for a service code (申请备案服务码) on an instance the account bought: the product must be eligible
/// (R-CODE-04..R-CODE-09) and its quota not used up (R-CODE-10). Every product of the table takes its codes here, in
/// the filing system, a virtual host's as well (R-CODE-18).
/// </summary>
public sealed class ApplyServiceCode(ProviderDb db, TimeProvider time)
{
    /// <summary>The product type the applicant picked when asking; it must be the instance's (R-CODE-15).</summary>
    public sealed record Request(string? ProductType);

    public async Task<Result<ServiceCodeView>> HandleAsync(Guid id, Request? body, ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        // R-CODE-14: only the buying account may apply; to anyone else the instance does not exist.
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == id && i.AccountId == accountId, ct);
        if (instance is null)
        {
            return Problems.Problem(StatusCodes.Status404NotFound, "R-CODE-14", "只有购买该产品的账号才能申请备案服务码：未找到该实例，或它不属于当前账号。", new() { ["error"] = "instance.not_found" });
        }

        if (body?.ProductType is { Length: > 0 } chosen && chosen != instance.ProductType)
        {
            return Problems.Invalid("R-CODE-15", $"产品信息无效：该实例是{ProductTable.Find(instance.ProductType)?.Name ?? instance.ProductType}，请选择正确的产品类型。");
        }

        var now = time.GetUtcNow();
        var product = ProductTable.Find(instance.ProductType);
        var refusal = Refusal(instance, product, now);
        if (refusal is not null)
        {
            return Problems.Invalid(refusal.Value.Code, refusal.Value.Message);
        }

        var quota = product!.PerAccount ? $"account:{accountId:N}:{product.Type}" : $"instance:{instance.Id:N}";
        for (var attempt = 1; ; attempt++)
        {
            var issued = product.PerAccount
                ? await db.ServiceCodes.Join(db.Instances.Where(i => i.AccountId == accountId && i.ProductType == product.Type), c => c.InstanceId, i => i.Id, (c, i) => c).CountAsync(ct)
                : await db.ServiceCodes.CountAsync(c => c.InstanceId == instance.Id, ct);
            if (issued >= product.CodesPerUnit)
            {
                // A site-builder product carries one code and no more (R-CODE-17).
                return Problems.Invalid(product.CodesPerUnit == 1 && product.Rule is { } own ? own : "R-CODE-10", "产品已经提交过网站备案,备案主体数已经达到了规定的主体上限,请更换其他产品");
            }

            var code = new ServiceCode
            {
                Id = Guid.CreateVersion7(now),
                Value = Guid.NewGuid().ToString("D"),
                InstanceId = instance.Id,
                AccountId = accountId,
                State = ServiceCodeState.Available,
                IssuedAt = now,
                QuotaKey = quota,
                Slot = issued + 1,
            };
            db.ServiceCodes.Add(code);
            try
            {
                await db.SaveChangesAsync(ct);
                return new ServiceCodeView(code.Value, instance.InstanceId, code.State, code.IssuedAt);
            }
            catch (DbUpdateException e) when (StorageErrors.IsUniqueViolation(e) && attempt < 5)
            {
                // Another request took this place in the quota first: count again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Why the instance grants no code, or null when it is eligible.</summary>
    public static (string Code, string Message)? Refusal(CloudInstance instance, Product? product, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (product is null)
        {
            return ("R-CODE-01", "该产品不支持ICP备案，请购买支持备案的中国内地云产品。");
        }

        if (!instance.Mainland)
        {
            return ("R-CODE-04", "该实例不在中国内地地域，无需也不能办理ICP备案。");
        }

        if (instance.ExpiresAt <= now)
        {
            return ("R-CODE-08", "验证产品信息失败,接口异常（实例已到期，请续费后再申请）。");
        }

        if (instance.Billing == BillingType.PayAsYouGo && !product.PayAsYouGoAllowed)
        {
            return ("R-CODE-06", "按量付费的实例不能申请备案服务码，请转为包年包月。");
        }

        if (product.RequiresBandwidth && instance.BandwidthMbps <= 0)
        {
            return ("R-CODE-07", "该ECS实例无可备案的IP");
        }

        if (instance.SubscriptionMonths < product.MinMonths)
        {
            return (product.Rule ?? "R-CODE-05", $"该产品购买时长（含续费）不足{product.MinMonths}个月，请续费后再申请。");
        }

        if (product.MinOrderYuan is { } least && (instance.OrderAmountYuan ?? 0) < least)
        {
            return (product.Rule ?? "R-CODE-05", $"该产品单笔订单金额须不低于{least}元，当前订单不满足备案条件。");
        }

        return null;
    }
}
