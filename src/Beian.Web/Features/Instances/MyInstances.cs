using System.Security.Claims;
using Beian.Platform;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Instances;

/// <summary>The applicant's cloud instances with the service codes each has left, and their codes (我的云产品与备案服务码).</summary>
public sealed class MyInstances(ProviderDb db, TimeProvider time)
{
    public async Task<List<InstanceView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var instances = await db.Instances.AsNoTracking().Where(i => i.AccountId == accountId).OrderBy(i => i.InstanceId).ToListAsync(ct);
        var views = new List<InstanceView>();
        foreach (var i in instances)
        {
            views.Add(await InstancesApi.ViewAsync(db, i, time.GetUtcNow(), ct));
        }

        return views;
    }

    public async Task<List<ServiceCodeView>> ListCodesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var accountId = user.Id();
        var codes = await db.ServiceCodes.AsNoTracking()
            .Where(c => c.AccountId == accountId)
            .Join(db.Instances, c => c.InstanceId, i => i.Id, (c, i) => new ServiceCodeView(c.Value, i.InstanceId, c.State, c.IssuedAt))
            .ToListAsync(ct);
        return codes.OrderBy(c => c.IssuedAt).ToList();
    }
}
