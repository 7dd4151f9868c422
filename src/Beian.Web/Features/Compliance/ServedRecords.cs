using Beian.Web.Data;
using Beian.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>The records this provider serves: normal subjects with their normal websites, as each check walks them.</summary>
public static class ServedRecords
{
    public static async Task<IReadOnlyList<RecordSubject>> LoadAsync(ProviderDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var subjects = await db.RecordSubjects.AsNoTracking().Include(s => s.Websites).ThenInclude(w => w.Domains)
            .Where(s => s.Status == RecordStatus.Normal).OrderBy(s => s.IcpNumber).ToListAsync(ct);
        foreach (var s in subjects)
        {
            s.Websites.RemoveAll(w => w.Status != RecordStatus.Normal);
        }

        return [.. subjects.Where(s => s.Websites.Count > 0)];
    }

    /// <summary>Every target a check looked at on these subjects: the subject numbers and the website numbers.</summary>
    public static Dictionary<string, CaseSubject> Targets(IEnumerable<RecordSubject> subjects)
    {
        var targets = new Dictionary<string, CaseSubject>(StringComparer.Ordinal);
        foreach (var s in subjects)
        {
            var owner = new CaseSubject(s.IcpNumber, s.AccountId, s.ProvinceCode);
            targets[s.IcpNumber] = owner;
            foreach (var w in s.Websites)
            {
                targets[w.IcpNumber] = owner;
            }
        }

        return targets;
    }
}
