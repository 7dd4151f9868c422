using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Numbers;
using Beian.Reference;
using Beian.Time;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau;

/// <summary>
/// Hands out subject serials from per-province, per-year counters, and website sequences per subject. Each is one
/// atomic UPDATE … RETURNING inside the approval's transaction, so concurrent approvals never get the same number.
/// </summary>
public sealed class NumberAllocator(BureauDb db)
{
    public async Task<IcpNumber> NextSubjectNumberAsync(Province province, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(province);
        var year = BeijingTime.DateOf(now).Year;
        var table = TableOf<NumberSequence>();
#pragma warning disable EF1002 // The table name comes from the EF model, not from input; every value is a parameter.
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (\"ProvinceCode\", \"Year\", \"Last\") VALUES ({{0}}, {{1}}, 0) ON CONFLICT DO NOTHING",
            [province.Code, year],
            ct);
        var counter = await db.Database
            .SqlQueryRaw<long>(
                $"UPDATE {table} SET \"Last\" = \"Last\" + 1 WHERE \"ProvinceCode\" = {{0}} AND \"Year\" = {{1}} RETURNING \"Last\" AS \"Value\"",
                province.Code,
                year)
            .ToListAsync(ct);
#pragma warning restore EF1002
        return IcpNumber.IssueSubject(province, year, counter.Single());
    }

    /// <summary>Reserves <paramref name="count"/> website sequences under a subject; returns the first.</summary>
    /// <remarks>The UPDATE locks the subject's row until the approval commits, so the read that follows is ours alone.</remarks>
    public async Task<int> NextWebsiteSequencesAsync(Guid subjectId, int count, CancellationToken ct)
    {
        await db.Subjects.Where(s => s.Id == subjectId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.NextWebsiteSequence, s => s.NextWebsiteSequence + count), ct);
        var next = await db.Subjects.Where(s => s.Id == subjectId).Select(s => s.NextWebsiteSequence).SingleAsync(ct);
        return next - count;
    }

    private string TableOf<T>()
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var schema = entity.GetSchema();
        return schema is null ? $"\"{entity.GetTableName()}\"" : $"\"{schema}\".\"{entity.GetTableName()}\"";
    }
}
