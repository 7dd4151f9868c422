using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Web.Data;

namespace Beian.Web.Features.Filings;

/// <summary>T11: a returned order whose data still holds goes back to the bureau unchanged; MIIT texts new codes.</summary>
public sealed class ResubmitToBureau(ProviderDb db, DraftMapper mapper, BureauForwarding forwarding)
{
    public async Task<Result<OrderView>> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.LoadAsync(id, user.Id(), ct);
        if (order is null)
        {
            return Problems.NotFound("order");
        }

        var error = await forwarding.ForwardAsync(order, OrderAction.ResubmitToBureau, Actor.Applicant, user.DisplayName(), ct);
        return error is null ? OrderView.Of(order, mapper, Actor.Applicant) : Problems.From(error);
    }
}
