using Beian.Filings;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Filings;

/// <summary>
/// R-WEB-01, R-WEB-04: a website's instance and IP come from its service code alone. The applicant never types them;
/// each save and the submission read them afresh from the code's instance, so an IP the provider re-assigned is the one
/// the bureau receives. A code may have been handed over by the account that bought the product, so any account's
/// code counts here; binding it at submission decides whether it may be used.
/// </summary>
public static class ProductVerification
{
    public static async Task<FilingDraft> WithAccessAsync(ProviderDb db, FilingDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        var values = draft.Websites.Select(w => w.ServiceCode).OfType<string>().Distinct().ToList();
        var access = await db.ServiceCodes.AsNoTracking()
            .Where(c => values.Contains(c.Value))
            .Join(db.Instances.AsNoTracking(), c => c.InstanceId, i => i.Id, (c, i) => new { c.Value, i.InstanceId, i.PublicIp })
            .ToDictionaryAsync(x => x.Value, x => new WebsiteAccess(x.InstanceId, x.PublicIp), ct);
        return draft with
        {
            Websites = [.. draft.Websites.Select(w => w with { Access = w.ServiceCode is { } code ? access.GetValueOrDefault(code) : null })],
        };
    }
}
