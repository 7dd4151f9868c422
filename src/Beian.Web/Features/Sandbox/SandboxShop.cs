using System.Security.Claims;
using System.Text.Json.Serialization;
using Beian.Instances;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Beian.Web.Features.Instances;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// The sandbox's cloud shop (模拟购买): an applicant buys any product of the product table for a chosen length and
/// billing, renews it, downgrades it or lets it expire — so that every service-code rule (per-product quotas, minimum
/// lengths and order amounts, bandwidth, billing, expiry: R-CODE-04 to R-CODE-10, R-CODE-17, R-CODE-20) can be
/// reached over the API. Sandbox only.
/// </summary>
public static class SandboxShop
{
    public sealed record Purchase(
        [property: JsonRequired] string? ProductType,
        [property: JsonRequired] int Months,
        BillingType Billing = BillingType.Subscription,
        bool Mainland = true,
        int BandwidthMbps = 5,
        int? OrderAmountYuan = null);

    public sealed record Renewal([property: JsonRequired] int Months);

    public sealed record Downgrade(int? BandwidthMbps = null, BillingType? Billing = null);

    public static RouteGroupBuilder MapSandboxShop(this RouteGroupBuilder api)
    {
        var shop = api.MapGroup("/sandbox/shop").WithTags("沙箱").RequireAuthorization(Roles.Applicant);
        shop.MapPost("/purchases", BuyAsync).WithName("SandboxBuyProduct").WithSummary("模拟购买产品表中的任一云产品：时长、计费方式、地域、带宽与订单金额");
        shop.MapPost("/instances/{id:guid}/renew", RenewAsync).WithName("SandboxRenewInstance").WithSummary("模拟续费：购买时长（含续费）与到期时间随之延长");
        shop.MapPost("/instances/{id:guid}/downgrade", DowngradeAsync).WithName("SandboxDowngradeInstance").WithSummary("模拟降配：取消公网带宽或转为按量付费（R-CODE-09）");
        shop.MapPost("/instances/{id:guid}/expire", ExpireAsync).WithName("SandboxExpireInstance").WithSummary("模拟到期：实例立即到期（R-CODE-08）");
        return api;
    }

    public static async Task<Results<Created<InstanceView>, ProblemHttpResult>> BuyAsync(Purchase body, ClaimsPrincipal user, ProviderDb db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.ProductType is null || ProductTable.Find(body.ProductType) is null)
        {
            return Problems.Invalid("shop.product_unknown", $"请选择产品表中的产品：{string.Join("、", ProductTable.All.Select(p => p.Type))}。");
        }

        if (body.Months is < 1 or > 120 || body.BandwidthMbps is < 0 or > 10_000 || body.OrderAmountYuan is < 0)
        {
            return Problems.Invalid("shop.purchase_invalid", "购买时长须为1至120个月，带宽与金额不能为负数。");
        }

        var now = time.GetUtcNow();
        var instance = new CloudInstance
        {
            Id = Guid.CreateVersion7(now),
            InstanceId = $"{body.ProductType}-{Guid.NewGuid().ToString("N")[..10]}",
            AccountId = user.Id(),
            ProductType = body.ProductType,
            Region = body.Mainland ? "cn-hangzhou" : "cn-hongkong",
            Mainland = body.Mainland,
            Billing = body.Billing,
            SubscriptionMonths = body.Months,
            BandwidthMbps = body.BandwidthMbps,
            OrderAmountYuan = body.OrderAmountYuan,
            PublicIp = body.BandwidthMbps > 0 ? $"47.96.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}" : string.Empty,
            ExpiresAt = now.AddMonths(body.Months),
        };
        db.Instances.Add(instance);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/instances/{instance.Id}", await InstancesApi.ViewAsync(db, instance, now, ct));
    }

    public static Task<Results<Ok<InstanceView>, ProblemHttpResult>> RenewAsync(Guid id, Renewal body, ClaimsPrincipal user, ProviderDb db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, user, db, time, (instance, now) =>
        {
            if (body is null || body.Months is < 1 or > 120)
            {
                return "续费时长须为1至120个月。";
            }

            instance.SubscriptionMonths += body.Months;
            instance.ExpiresAt = (instance.ExpiresAt > now ? instance.ExpiresAt : now).AddMonths(body.Months);
            return null;
        }, ct);

    public static Task<Results<Ok<InstanceView>, ProblemHttpResult>> DowngradeAsync(Guid id, Downgrade body, ClaimsPrincipal user, ProviderDb db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, user, db, time, (instance, _) =>
        {
            if (body?.BandwidthMbps is < 0)
            {
                return "带宽不能为负数。";
            }

            instance.BandwidthMbps = body?.BandwidthMbps ?? instance.BandwidthMbps;
            instance.Billing = body?.Billing ?? instance.Billing;
            return null;
        }, ct);

    public static Task<Results<Ok<InstanceView>, ProblemHttpResult>> ExpireAsync(Guid id, ClaimsPrincipal user, ProviderDb db, TimeProvider time, CancellationToken ct) =>
        ChangeAsync(id, user, db, time, (instance, now) =>
        {
            instance.ExpiresAt = now;
            return null;
        }, ct);

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, ProviderDb db, TimeProvider time, Func<CloudInstance, DateTimeOffset, string?> change, CancellationToken ct)
    {
        var accountId = user.Id();
        var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == id && i.AccountId == accountId, ct);
        if (instance is null)
        {
            return Problems.Problem(StatusCodes.Status404NotFound, "R-CODE-14", "未找到该实例，或它不属于当前账号。", new() { ["error"] = "instance.not_found" });
        }

        var now = time.GetUtcNow();
        if (change(instance, now) is { } refused)
        {
            return Problems.Invalid("shop.change_invalid", refused);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await InstancesApi.ViewAsync(db, instance, now, ct));
    }
}
