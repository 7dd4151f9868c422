using Beian.Compliance;
using Beian.Ports;
using Beian.Web.Data;
using Beian.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>The subject a case belongs to: whose it is and which province's periods apply.</summary>
public sealed record CaseSubject(string IcpNumber, Guid AccountId, string ProvinceCode);

/// <summary>What one check did: how much it looked at, the cases it opened and closed, and a note per failure.</summary>
public sealed record CheckReport(string Check, int Inspected, int Opened, int Closed, IReadOnlyList<CheckNote> Notes);

public sealed record CheckNote(string Target, string Domain, string Outcome, string Explanation);

/// <summary>
/// Turns a check's findings into cases (R-INSP-01): a new finding opens a case with its deadline and tells the owner by
/// e-mail and SMS; an open case of the same check whose target was looked at again without the finding is closed as
/// rectified — that is how a change order that fixes the data closes its case. One open case per finding and target,
/// across hosts: the unique key makes a second opening fail, and that host leaves it.
/// </summary>
public sealed class InspectionCases(ProviderDb db, Notifier notifier, IBureauGateway bureau, TimeProvider time)
{
    public async Task<(int Opened, int Closed)> ReconcileAsync(
        string source, IReadOnlyDictionary<string, CaseSubject> inspected, IReadOnlyList<InspectionFinding> findings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inspected);
        ArgumentNullException.ThrowIfNull(findings);
        var now = time.GetUtcNow();
        var found = findings.Select(f => InspectionCase.KeyOf(f.Code, f.Target)).ToHashSet(StringComparer.Ordinal);
        // Open cases are few next to the targets looked at: read them all and keep those of the targets in memory.
        var open = (await db.InspectionCases.Where(c => c.Source == source && c.State == CaseState.Open).ToListAsync(ct))
            .Where(c => inspected.ContainsKey(c.Target)).ToList();
        var closed = 0;
        foreach (var rectified in open.Where(c => !found.Contains(c.ActiveKey!)))
        {
            if (rectified.Apply(CaseAction.Rectify, now))
            {
                closed++;
            }
        }

        // A case found again tells what the latest inspection saw, not what the first one did.
        var latest = findings.GroupBy(f => InspectionCase.KeyOf(f.Code, f.Target)).ToDictionary(g => g.Key, g => g.Last().Detail, StringComparer.Ordinal);
        foreach (var again in open.Where(c => c.ActiveKey is not null && latest.ContainsKey(c.ActiveKey)))
        {
            again.Detail = latest[again.ActiveKey!];
        }

        await db.SaveChangesAsync(ct);
        // A finding's key names its check's code, so only this source's open cases can already hold it; a case another
        // host opens meanwhile is caught by the unique key below.
        var stillOpen = open.Where(c => c.ActiveKey is not null).Select(c => c.ActiveKey!).ToHashSet(StringComparer.Ordinal);
        var opened = 0;
        foreach (var finding in findings.DistinctBy(f => InspectionCase.KeyOf(f.Code, f.Target)))
        {
            if (!inspected.TryGetValue(finding.Target, out var subject) || stillOpen.Contains(InspectionCase.KeyOf(finding.Code, finding.Target)))
            {
                continue;
            }

            var newCase = new InspectionCase
            {
                Id = Guid.CreateVersion7(now),
                Code = finding.Code,
                Source = source,
                SubjectIcpNumber = subject.IcpNumber,
                Target = finding.Target,
                AccountId = subject.AccountId,
                ProvinceCode = subject.ProvinceCode,
                Detail = finding.Detail,
                OpenedAt = now,
                Deadline = RectificationPeriod.DeadlineOf(finding.Code, subject.ProvinceCode, now),
                State = CaseState.Open,
                ActiveKey = InspectionCase.KeyOf(finding.Code, finding.Target),
            };
            db.InspectionCases.Add(newCase);
            await notifier.CaseOpenedAsync(newCase, await MobileAsync(subject.IcpNumber, ct), ct);
            try
            {
                await db.SaveChangesAsync(ct);
                opened++;
            }
            catch (DbUpdateException)
            {
                // Another host opened the same case a moment ago: its case and its notification stand.
                db.ChangeTracker.Clear();
            }
        }

        return (opened, closed);
    }

    /// <summary>The subject principal's mobile, sealed, from the national record: where the notices' SMS goes.</summary>
    public async Task<Beian.PersonalData.SealedText?> MobileAsync(string subjectIcpNumber, CancellationToken ct) =>
        (await bureau.RecordDraftAsync(subjectIcpNumber, ct))?.Subject.Principal?.Mobile;
}
