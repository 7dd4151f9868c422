using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Platform.Data;
using Beian.Ports;
using Microsoft.Extensions.Options;

namespace Beian.Bureau;

/// <summary>Writes notices to a provider's stream, in the same transaction as the bureau change they report.</summary>
public sealed class BureauOutbound(BureauDb db, TimeProvider time, IOptions<BureauOptions> options)
{
    /// <summary>A notice of what happened at <paramref name="at"/> (now, unless a sweep acts on something that fell due earlier).</summary>
    public void Post(string providerId, string kind, string applicationId, object payload, DateTimeOffset? at = null)
    {
        var now = at ?? time.GetUtcNow();
        db.Messages.Add(new BureauMessage
        {
            ProviderId = providerId,
            Kind = kind,
            ApplicationId = applicationId,
            Payload = Json.Write(payload),
            CreatedAt = now,
            VisibleAt = now + options.Value.SyncLag,
        });
    }

    public void RecordChanged(string kind, string icpNumber) =>
        db.RecordEvents.Add(new NationalRecordEvent { Kind = kind, IcpNumber = icpNumber, At = time.GetUtcNow() });
}
