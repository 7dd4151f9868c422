using Beian.Web.Data;
using Beian.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>A served subject as a check's batch needs it: its owner and the numbers of its served websites.</summary>
public sealed record ServedSubject(CaseSubject Owner, IReadOnlyList<string> WebsiteNumbers);

/// <summary>The records this provider serves: normal subjects with their normal websites, as each check walks them.</summary>
public static class ServedRecords
{
    /// <summary>Every served subject with its served websites and their domains.</summary>
    public static async Task<IReadOnlyList<RecordSubject>> LoadAsync(ProviderDb db, CancellationToken ct) =>
        await WithWebsites(Served(db)).OrderBy(s => s.IcpNumber).ToListAsync(ct);

    /// <summary>The served subjects among these numbers: whose they are and the numbers of their served websites.</summary>
    public static async Task<IReadOnlyList<ServedSubject>> OwnersAsync(ProviderDb db, IReadOnlyCollection<string> subjectNumbers, CancellationToken ct) =>
        await Served(db).Where(s => subjectNumbers.Contains(s.IcpNumber)).OrderBy(s => s.IcpNumber)
            .Select(s => new ServedSubject(
                new CaseSubject(s.IcpNumber, s.AccountId, s.ProvinceCode),
                s.Websites.Where(w => w.Status == RecordStatus.Normal).Select(w => w.IcpNumber).ToList()))
            .ToListAsync(ct);

    /// <summary>The numbers of the served subjects, in order: enough to split a check into batches without holding every record.</summary>
    public static async Task<IReadOnlyList<string>> SubjectNumbersAsync(ProviderDb db, CancellationToken ct) =>
        await Served(db).OrderBy(s => s.IcpNumber).Select(s => s.IcpNumber).ToListAsync(ct);

    /// <summary>Every target a check looked at on these subjects: the subject numbers and the website numbers.</summary>
    public static Dictionary<string, CaseSubject> Targets(IEnumerable<RecordSubject> subjects) =>
        Targets(subjects.Select(s => new ServedSubject(new CaseSubject(s.IcpNumber, s.AccountId, s.ProvinceCode), [.. s.Websites.Select(w => w.IcpNumber)])));

    public static Dictionary<string, CaseSubject> Targets(IEnumerable<ServedSubject> subjects)
    {
        var targets = new Dictionary<string, CaseSubject>(StringComparer.Ordinal);
        foreach (var s in subjects)
        {
            targets[s.Owner.IcpNumber] = s.Owner;
            foreach (var website in s.WebsiteNumbers)
            {
                targets[website] = s.Owner;
            }
        }

        return targets;
    }

    private static IQueryable<RecordSubject> Served(ProviderDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RecordSubjects.AsNoTracking().Where(s => s.Status == RecordStatus.Normal && s.Websites.Any(w => w.Status == RecordStatus.Normal));
    }

    private static IQueryable<RecordSubject> WithWebsites(IQueryable<RecordSubject> subjects) =>
        subjects.Include(s => s.Websites.Where(w => w.Status == RecordStatus.Normal)).ThenInclude(w => w.Domains);
}
