using Beian.Filings;
using Beian.PersonalData;
using Beian.Web.Data;
using Beian.Web.Features.Bureau;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Web.Integrations.Bureau;

/// <summary>
/// The bureau port served by the built-in simulator (管局/工信部 side of this repository). A real adapter would speak
/// the bureau's interface instead; nothing on the provider side can tell the difference.
/// </summary>
public sealed class BureauSimulatorGateway(
    BureauDb db,
    ApplicationIntake intake,
    PersonalDataProtector protector,
    TimeProvider time,
    IOptions<BureauOptions> options) : IBureauGateway
{
    private string ProviderId => options.Value.ProviderId;

    public Task SubmitAsync(BureauSubmission submission, CancellationToken ct) => intake.ReceiveAsync(submission, ct);

    public async Task<IReadOnlyList<BureauNotice>> ReadNoticesAsync(long afterSequence, int max, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Stop at the first notice not yet visible, so that the stream is read strictly in order.
        var candidates = await db.Messages.AsNoTracking()
            .Where(m => m.ProviderId == ProviderId && m.Sequence > afterSequence)
            .OrderBy(m => m.Sequence)
            .Take(max)
            .ToListAsync(ct);
        return [.. candidates.TakeWhile(m => m.VisibleAt <= now).Select(m => new BureauNotice(m.Sequence, m.Kind, m.ApplicationId, m.Payload, m.CreatedAt))];
    }

    public async Task<NationalLookup> LookupAsync(string certificateNumber, string domain, CancellationToken ct)
    {
        var index = protector.IndexOf(certificateNumber, PersonalDataKind.CertificateNumber);
        var subject = await db.Subjects.AsNoTracking().Include(s => s.Websites)
            .FirstOrDefaultAsync(s => s.CertificateNumber.Index == index && s.Status == NationalStatus.Normal, ct);
        var website = await db.Websites.AsNoTracking().Include(w => w.Subject)
            .FirstOrDefaultAsync(w => w.Status == NationalStatus.Normal && w.Domains.Any(d => d.Domain == domain), ct);
        var live = subject?.Websites.Where(w => w.Status == NationalStatus.Normal).ToList() ?? [];
        return new NationalLookup(
            subject is null ? null : new NationalSubjectView(
                subject.IcpNumber,
                subject.ProvinceCode,
                subject.Name,
                live.Count,
                [.. live.Where(w => w.Providers.Contains(ProviderId)).Select(w => w.IcpNumber)]),
            website is null ? null : new NationalDomainView(
                website.Subject.IcpNumber,
                website.IcpNumber,
                website.Subject.ProvinceCode,
                website.Providers.Contains(ProviderId)));
    }

    public async Task<IReadOnlyList<PublicRecordRow>> QueryAsync(string? icpNumber, string? domain, string? subjectName, CancellationToken ct)
    {
        var subjects = db.Subjects.AsNoTracking().Where(s => s.Status == NationalStatus.Normal);
        if (!string.IsNullOrWhiteSpace(icpNumber))
        {
            // A website number finds its subject; the query then lists every website of the subject (§11.2).
            var subjectNumber = Numbers.IcpNumber.TryParse(icpNumber, out var parsed, onImport: true) ? parsed.Subject.ToString() : icpNumber.Trim();
            subjects = subjects.Where(s => s.IcpNumber == subjectNumber);
        }
        else if (!string.IsNullOrWhiteSpace(domain))
        {
            var name = domain.Trim().ToLowerInvariant();
            subjects = subjects.Where(s => s.Websites.Any(w => w.Status == NationalStatus.Normal && w.Domains.Any(d => d.Domain == name)));
        }
        else if (!string.IsNullOrWhiteSpace(subjectName))
        {
            subjects = subjects.Where(s => s.Name == subjectName.Trim());
        }
        else
        {
            return [];
        }

        var found = await subjects.OrderBy(s => s.IcpNumber).Include(s => s.Websites).ThenInclude(w => w.Domains).Take(50).ToListAsync(ct);
        var rows = new List<PublicRecordRow>();
        foreach (var subject in found)
        {
            var websites = subject.Websites.Where(w => w.Status == NationalStatus.Normal).OrderBy(w => w.IcpNumber.Length).ThenBy(w => w.IcpNumber, StringComparer.Ordinal).ToList();
            if (websites.Count == 0)
            {
                // An empty-shell subject (空壳主体): the subject with no website name and no home page.
                rows.Add(new PublicRecordRow(subject.Name, subject.Nature.ChineseName(), subject.IcpNumber, null, null, null, [], null, false));
                continue;
            }

            rows.AddRange(websites.Select(w => new PublicRecordRow(
                subject.Name,
                subject.Nature.ChineseName(),
                subject.IcpNumber,
                w.IcpNumber,
                w.Name,
                w.Homepage,
                [.. w.Domains.Select(d => d.Domain)],
                w.ApprovedAt,
                w.AccessRestricted)));
        }

        return rows;
    }
}
