using System.Runtime.CompilerServices;
using Beian.Platform.Data;
using Beian.Records;
using Beian.Web.Data;
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

    /// <summary>How many subjects are served: the special inspection's progress counts them.</summary>
    public static Task<int> CountAsync(ProviderDb db, CancellationToken ct) => Served(db).CountAsync(ct);

    /// <summary>
    /// Every served subject with the numbers of its served websites, streamed in number order: a million records are
    /// never held at once. One flat query by hand-written SQL, for the special inspection's sake.
    /// </summary>
    public static async IAsyncEnumerable<ServedSubject> StreamAsync(ProviderDb db, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = RawSql.ReadAsync(
            db,
            _ => $"""
                SELECT s."IcpNumber", s."AccountId", s."ProvinceCode", w."IcpNumber"
                FROM {RawSql.Table<RecordSubject>(db)} s
                JOIN {RawSql.Table<RecordWebsite>(db)} w ON w."SubjectId" = s."Id"
                WHERE s."Status" = 'Normal' AND w."Status" = 'Normal'
                ORDER BY s."IcpNumber"
                """,
            r => (Owner: new CaseSubject(r.GetString(0), r.GetGuid(1), r.GetString(2)), Website: r.GetString(3)),
            ct);
        CaseSubject? owner = null;
        var websites = new List<string>();
        await foreach (var row in rows)
        {
            if (owner is not null && owner.IcpNumber != row.Owner.IcpNumber)
            {
                yield return new ServedSubject(owner, websites);
                websites = [];
            }

            owner = row.Owner;
            websites.Add(row.Website);
        }

        if (owner is not null)
        {
            yield return new ServedSubject(owner, websites);
        }
    }

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
