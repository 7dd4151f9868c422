using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// What an approved change, cancel-access or cancellation does to the national record (lifecycle §10): cancel access
/// takes this provider off the website and keeps the number (R-CANCEL-01); cancel website removes that website only
/// (R-CANCEL-04); cancel subject removes the subject with every website (R-CANCEL-02, R-CANCEL-03); a subject left
/// without websites is an empty shell the bureau cleans up later (R-CANCEL-12). Cancelled numbers are never reused
/// (R-CANCEL-14); a cancelled website's domains may be filed again.
/// </summary>
public sealed class RecordChanges(BureauDb db, RecordReclaim reclaim, BureauOutbound stream)
{
    public async Task<ApprovalPayload?> ApplyAsync(BureauApplication application, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        var target = application.TargetIcpNumber;
        if (target is null || !Numbers.IcpNumber.TryParse(target, out var number, onImport: true))
        {
            return null;
        }

        var subject = await db.Subjects.Include(s => s.Websites).ThenInclude(w => w.Domains)
            .Include(s => s.Websites).ThenInclude(w => w.Features)
            .FirstOrDefaultAsync(s => s.IcpNumber == number.Subject.ToString() && s.Status == NationalStatus.Normal, ct);
        if (subject is null)
        {
            return null;
        }

        var website = number.IsServiceNumber ? subject.Websites.FirstOrDefault(w => w.IcpNumber == target && w.Status == NationalStatus.Normal) : null;
        if (number.IsServiceNumber && website is null)
        {
            return null;
        }

        switch (application.Type)
        {
            case FilingType.ChangeSubject:
                ChangeSubject(subject, application.Data.Subject);
                stream.RecordChanged("subject-changed", subject.IcpNumber);
                break;
            case FilingType.ChangeWebsite:
                ChangeWebsite(website!, application.Data.Websites.First(w => w.IcpNumber == website!.IcpNumber));
                stream.RecordChanged("website-changed", website!.IcpNumber);
                break;
            case FilingType.CancelAccess:
                website!.Providers = [.. website.Providers.Where(p => p != application.ProviderId)];
                website.FormerProviders = [.. website.FormerProviders.Append(application.ProviderId).Distinct()];
                website.NoProviderSince = website.Providers.Count == 0 ? now : null;
                stream.RecordChanged("access-cancelled", website.IcpNumber);
                break;
            case FilingType.CancelWebsite:
                reclaim.CancelWebsite(website!, now);
                stream.RecordChanged("website-cancelled", website!.IcpNumber);
                break;
            case FilingType.CancelSubject:
                foreach (var w in subject.Websites.Where(w => w.Status == NationalStatus.Normal))
                {
                    reclaim.CancelWebsite(w, now);
                }

                subject.Apply(NationalRecordAction.Cancel);
                stream.RecordChanged("subject-cancelled", subject.IcpNumber);
                break;
            default:
                return null;
        }

        var sites = website is null ? subject.Websites : [website];
        return new ApprovalPayload(subject.IcpNumber, [.. sites.Select((w, i) => new ApprovedWebsite(i, w.IcpNumber, w.Name, [.. w.Domains.Select(d => d.Domain)]))]);
    }

    /// <summary>The nature and certificate change too where the province lets a holder change (R-CHG-08); the rule book refused the rest.</summary>
    private static void ChangeSubject(NationalSubject subject, SubjectDraft data)
    {
        subject.Nature = data.Nature;
        subject.CertificateType = data.CertificateType;
        subject.CertificateNumber = data.CertificateNumber;
        subject.Name = data.Name;
        subject.CertificateAddress = data.CertificateAddress;
        subject.MailingAddress = data.MailingAddress;
        if (data.Principal is { } principal)
        {
            subject.Principal = principal;
            subject.PrincipalCertificateIndex = principal.CertificateNumber.Index;
            subject.PrincipalMobileIndex = principal.Mobile.Index;
        }
    }

    /// <summary>
    /// Since 2019-04-22 a website change can only delete domains (R-CHG-06); the rule book refuses additions before
    /// this. An app's change may add or edit platforms and features, and back-end domains where the province lets it
    /// (R-APP-13).
    /// </summary>
    private void ChangeWebsite(NationalWebsite website, WebsiteDraft data)
    {
        website.Name = data.Name;
        if (website.Type != ServiceType.Website && data.App is { } app)
        {
            website.App = app;
            var keys = NationalAppFeature.Of(app).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            db.AppFeatures.RemoveRange(website.Features.Where(f => !keys.Contains(f.Key)));
            website.Features.RemoveAll(f => !keys.Contains(f.Key));
            website.Features.AddRange(keys.Where(k => website.Features.All(f => f.Key != k)).Select(k => new NationalAppFeature { Key = k, WebsiteId = website.Id }));
            website.Domains.AddRange(data.Domains.Where(d => website.Domains.All(x => x.Domain != d)).Select(d => new NationalDomain { Domain = d, WebsiteId = website.Id }));
        }

        if (data.Principal is { } principal)
        {
            website.Principal = principal;
            website.PrincipalCertificateIndex = principal.CertificateNumber.Index;
            website.PrincipalMobileIndex = principal.Mobile.Index;
        }

        foreach (var removed in website.Domains.Where(d => !data.Domains.Contains(d.Domain)).ToList())
        {
            website.Domains.Remove(removed);
            db.Domains.Remove(removed);
        }
    }
}
