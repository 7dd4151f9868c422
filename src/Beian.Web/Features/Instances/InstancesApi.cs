using System.Security.Claims;
using Beian.Instances;
using Beian.Platform;
using Beian.Reference;
using Beian.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
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
    int CodesLeft);

public sealed record ServiceCodeView(string Value, string InstanceId, ServiceCodeState State, DateTimeOffset IssuedAt);

public static class InstancesApi
{
    public static RouteGroupBuilder MapInstances(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instances").WithTags("云产品与备案服务码").RequireAuthorization(Roles.Applicant);
        group.MapGet("/", ListAsync).WithName("ListInstances").WithSummary("我的云产品实例及剩余备案服务码数量");
        group.MapPost("/{id:guid}/service-codes", ApplyServiceCode.HandleAsync).WithName("ApplyServiceCode").WithSummary("为实例申请备案服务码");
        api.MapGet("/service-codes", ListCodesAsync).WithTags("云产品与备案服务码").RequireAuthorization(Roles.Applicant).WithName("ListServiceCodes").WithSummary("我的备案服务码");
        return api;
    }

    public static async Task<Ok<List<InstanceView>>> ListAsync(ClaimsPrincipal user, ProviderDb db, CancellationToken ct)
    {
        var accountId = user.Id();
        var instances = await db.Instances.AsNoTracking().Where(i => i.AccountId == accountId).OrderBy(i => i.InstanceId).ToListAsync(ct);
        var views = new List<InstanceView>();
        foreach (var i in instances)
        {
            views.Add(await ViewAsync(db, i, ct));
        }

        return TypedResults.Ok(views);
    }

    /// <summary>An instance with the codes it issued and has left (a product counted per account shares its quota, R-CODE-10).</summary>
    public static async Task<InstanceView> ViewAsync(ProviderDb db, CloudInstance i, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(i);
        var product = ProductTable.Find(i.ProductType);
        var issued = await db.ServiceCodes.CountAsync(c => c.InstanceId == i.Id, ct);
        var counted = product?.PerAccount == true
            ? await db.ServiceCodes.Join(db.Instances.Where(x => x.AccountId == i.AccountId && x.ProductType == i.ProductType), c => c.InstanceId, x => x.Id, (c, x) => c).CountAsync(ct)
            : issued;
        return new InstanceView(
            i.Id, i.InstanceId, i.ProductType, product?.Name ?? i.ProductType, i.Region, i.Mainland, i.Billing, i.SubscriptionMonths,
            i.BandwidthMbps, i.PublicIp, i.ExpiresAt, issued, Math.Max(0, (product?.CodesPerUnit ?? 0) - counted));
    }

    public static async Task<Ok<List<ServiceCodeView>>> ListCodesAsync(ClaimsPrincipal user, ProviderDb db, CancellationToken ct)
    {
        var accountId = user.Id();
        var codes = await db.ServiceCodes.AsNoTracking()
            .Where(c => c.AccountId == accountId)
            .Join(db.Instances, c => c.InstanceId, i => i.Id, (c, i) => new ServiceCodeView(c.Value, i.InstanceId, c.State, c.IssuedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(codes.OrderBy(c => c.IssuedAt).ToList());
    }
}
