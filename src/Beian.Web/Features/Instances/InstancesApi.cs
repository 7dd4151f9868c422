using System.Security.Claims;
using Beian.Instances;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Instances;

/// <summary>An instance with what it grants.</summary>
public sealed record InstanceView(
    Guid Id,
    string InstanceId,
    string ProductType,
    string ProductName,
    string Region,
    bool Mainland,
    BillingType Billing,
    int SubscriptionMonths,
    int BandwidthMbps,
    string PublicIp,
    DateTimeOffset ExpiresAt,
    int CodesIssued,
    int CodesLeft,
    string? NoCodeReason = null);

public sealed record ServiceCodeView(string Value, string InstanceId, ServiceCodeState State, DateTimeOffset IssuedAt);

public static class InstancesApi
{
    /// <summary>The applicant's use cases on instances and service codes, which the console's pages call as the API does.</summary>
    public static IServiceCollection AddInstances(this IServiceCollection services) => services.AddScoped<MyInstances>().AddScoped<ApplyServiceCode>();

    public static RouteGroupBuilder MapInstances(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instances").WithTags("云产品与备案服务码").RequireAuthorization(Roles.Applicant).AllowApiKey(Beian.Accounts.ApiScopes.ManageOrders);
        group.MapGet("/", async (ClaimsPrincipal user, MyInstances mine, CancellationToken ct) => TypedResults.Ok(await mine.ListAsync(user, ct))).WithName("ListInstances").WithSummary("我的云产品实例及剩余备案服务码数量");
        group.MapPost("/{id:guid}/service-codes", (Guid id, ApplyServiceCode.Request? body, ClaimsPrincipal user, ApplyServiceCode apply, CancellationToken ct) =>
                apply.HandleAsync(id, body, user, ct).ToCreatedAsync(c => $"/api/service-codes/{c.Value}"))
           .WithName("ApplyServiceCode").WithSummary("为实例申请备案服务码");
        api.MapGet("/service-codes", async (ClaimsPrincipal user, MyInstances mine, CancellationToken ct) => TypedResults.Ok(await mine.ListCodesAsync(user, ct))).WithTags("云产品与备案服务码").RequireAuthorization(Roles.Applicant).AllowApiKey(Beian.Accounts.ApiScopes.ManageOrders).WithName("ListServiceCodes").WithSummary("我的备案服务码");
        return api;
    }

    /// <summary>
    /// An instance with the codes it issued and has left (a product counted per account shares its quota, R-CODE-10),
    /// and why it cannot have another code now, so that the console offers only what will work.
    /// </summary>
    public static async Task<InstanceView> ViewAsync(ProviderDb db, CloudInstance i, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(i);
        var product = ProductTable.Find(i.ProductType);
        var issued = await db.ServiceCodes.CountAsync(c => c.InstanceId == i.Id, ct);
        var counted = product?.PerAccount == true
            ? await db.ServiceCodes.Join(db.Instances.Where(x => x.AccountId == i.AccountId && x.ProductType == i.ProductType), c => c.InstanceId, x => x.Id, (c, x) => c).CountAsync(ct)
            : issued;
        var left = Math.Max(0, (product?.CodesPerUnit ?? 0) - counted);
        var refusal = ApplyServiceCode.Refusal(i, product, now)?.Message ?? (left == 0 ? "该实例可申请的备案服务码已用完。" : null);
        return new InstanceView(
            i.Id, i.InstanceId, i.ProductType, product?.Name ?? i.ProductType, i.Region, i.Mainland, i.Billing, i.SubscriptionMonths,
            i.BandwidthMbps, i.PublicIp, i.ExpiresAt, issued, left, refusal);
    }
}
