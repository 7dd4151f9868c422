using System.Globalization;
using System.Text.Json.Serialization;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform.Data;
using Beian.Records;
using Beian.Web.Data;
using Beian.Web.Features.Gate;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Sandbox;

/// <summary>
/// Sandbox only, for bench/gate.sh: fills the provider's copy with synthetic filed domains (bench-N.cn) in bulk and
/// rebuilds the gate; and removes one domain the way a change would, so the script can time how fast the gate follows.
/// </summary>
public static class GateBenchData
{
    public sealed record SeedRequest([property: JsonRequired] int Count);

    public sealed record RemoveRequest([property: JsonRequired] string? Domain);

    public static async Task<Ok<int>> SeedAsync(SeedRequest body, ProviderDb db, PersonalDataProtector protector, GateFollower gate, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var subject = new RecordSubject
        {
            Id = Guid.CreateVersion7(now),
            IcpNumber = "京ICP备2026999999号",
            Name = "压测主体",
            ProvinceCode = "11",
            Nature = SubjectNature.Enterprise,
            CertificateType = "营业执照",
            CertificateNumber = protector.Seal("91110000000000000X", PersonalDataKind.CertificateNumber),
            UpdatedAt = now,
        };
        var website = new RecordWebsite { Id = Guid.CreateVersion7(now), SubjectId = subject.Id, IcpNumber = subject.IcpNumber + "-1", Name = "压测网站", ApprovedAt = now };
        db.RecordSubjects.Add(subject);
        db.RecordWebsites.Add(website);
        await db.SaveChangesAsync(ct);

        // A million rows through the change tracker would take minutes; one prepared INSERT in one transaction takes seconds.
        var table = RawSql.Table<RecordDomain>(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO {table} (\"Domain\", \"WebsiteId\") VALUES (@d, @w)";
        var domain = RawSql.Parameter(insert, "@d", string.Empty);
        RawSql.Parameter(insert, "@w", db.Database.IsNpgsql() ? website.Id : website.Id.ToString().ToUpperInvariant());
        await insert.PrepareAsync(ct);
        for (var i = 0; i < body.Count; i++)
        {
            domain.Value = "bench-" + i.ToString(CultureInfo.InvariantCulture) + ".cn";
            await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        await gate.BuildAsync(ct);
        return TypedResults.Ok(body.Count);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(RemoveRequest body, ProviderDb db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Domain))
        {
            return Beian.Platform.Problems.Invalid("fixture.domain_invalid", "请填写要删除的域名。");
        }

        await db.RecordDomains.Where(d => d.Domain == body.Domain).ExecuteDeleteAsync(ct);
        db.RecordEvents.Add(new RecordEvent { Kind = "website-changed", IcpNumber = "京ICP备2026999999号-1", Domains = [body.Domain], At = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
