using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Filings;
using Beian.PersonalData;
using Beian.Platform.Data;
using Beian.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beian.Bureau;

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
        return [.. candidates.TakeWhile(m => m.VisibleAt <= now).Select(m => new BureauNotice(m.Sequence, m.Kind, m.ApplicationId, m.Payload, m.CreatedAt, m.VisibleAt))];
    }

    public async Task<FilingDraft?> RecordDraftAsync(string subjectIcpNumber, CancellationToken ct) =>
        (await RecordDraftsAsync([subjectIcpNumber], ct)).GetValueOrDefault(subjectIcpNumber);

    /// <remarks>
    /// Read by hand-written SQL in two flat queries (the subjects; their websites with a row per domain): the special
    /// inspection asks for every record, and EF's split queries with their principals' JSON were most of its time.
    /// </remarks>
    public async Task<IReadOnlyDictionary<string, FilingDraft>> RecordDraftsAsync(IReadOnlyCollection<string> subjectIcpNumbers, CancellationToken ct)
    {
        var subjects = RawSql.Table<NationalSubject>(db);
        var drafts = await RawSql.ReadAsync(
            db,
            command => $"""
                SELECT "IcpNumber", "ProvinceCode", "Nature", "CertificateType", "CertificateNumber_Cipher", "CertificateIndex",
                       "CertificateNumber_Masked", "Name", "CertificateAddress", "MailingAddress", "Principal"
                FROM {subjects}
                WHERE "IcpNumber" {RawSql.AmongKeys(db, command, "@numbers", subjectIcpNumbers)} AND "Status" = 'Normal'
                """,
            r => (Number: r.GetString(0), Subject: new SubjectDraft(
                r.GetString(1),
                null,
                Enum.Parse<SubjectNature>(r.GetString(2)),
                r.GetString(3),
                new SealedText(r.GetString(4), r.GetString(5), r.GetString(6)),
                r.GetString(7),
                r.GetString(8),
                r.GetString(9),
                Principal(r.NullableString(10)))),
            ct).ToDictionaryAsync(s => s.Number, s => s.Subject, StringComparer.Ordinal, ct);
        // A row per domain; a website's principal is parsed once, however many domains it has.
        var websites = new Dictionary<string, (string Subject, string Name, Principal? Principal, List<string> Domains, ServiceType Type, AppDetails? App)>(StringComparer.Ordinal);
        var rows = RawSql.ReadAsync(
            db,
            command => $"""
                SELECT s."IcpNumber", w."IcpNumber", w."Name", w."Principal", d."Domain", w."Type", w."App"
                FROM {RawSql.Table<NationalWebsite>(db)} w
                JOIN {subjects} s ON s."Id" = w."SubjectId"
                LEFT JOIN {RawSql.Table<NationalDomain>(db)} d ON d."WebsiteId" = w."Id"
                WHERE s."IcpNumber" {RawSql.AmongKeys(db, command, "@numbers", subjectIcpNumbers)} AND s."Status" = 'Normal' AND w."Status" = 'Normal'
                """,
            r => (Subject: r.GetString(0), Number: r.GetString(1), Name: r.GetString(2), Principal: r.NullableString(3), Domain: r.NullableString(4), Type: Enum.Parse<ServiceType>(r.GetString(5)), App: r.NullableString(6)),
            ct);
        await foreach (var row in rows)
        {
            if (!websites.TryGetValue(row.Number, out var website))
            {
                website = (row.Subject, row.Name, Principal(row.Principal), [], row.Type, row.App is null ? null : Json.Read<AppDetails?>(row.App));
                websites.Add(row.Number, website);
            }

            if (row.Domain is not null)
            {
                website.Domains.Add(row.Domain);
            }
        }

        var bySubject = websites.ToLookup(w => w.Value.Subject, StringComparer.Ordinal);
        return drafts.ToDictionary(
            s => s.Key,
            s => new FilingDraft(
                s.Value,
                [.. bySubject[s.Key].OrderBy(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
                    .Select(w => new WebsiteDraft(w.Value.Name, [.. w.Value.Domains.Order(StringComparer.Ordinal)], null, "其他", "中文简体", w.Value.Principal, null, w.Key, Type: w.Value.Type, App: w.Value.App))]),
            StringComparer.Ordinal);
    }

    private static Principal? Principal(string? json) => json is null ? null : Json.Read<Principal?>(json);

    public async Task<NationalLookup> LookupAsync(string certificateNumber, string domain, CancellationToken ct)
    {
        var index = protector.IndexOf(certificateNumber, PersonalDataKind.CertificateNumber);
        var subject = await db.Subjects.AsNoTracking().Include(s => s.Websites)
            .FirstOrDefaultAsync(s => s.CertificateNumber.Index == index && s.Status == NationalStatus.Normal, ct);
        // From the domain's key to its website: an EXISTS over every website's domains scanned the whole record.
        var website = await (from d in db.Domains
                             where d.Domain == domain
                             join w in db.Websites.Include(w => w.Subject) on d.WebsiteId equals w.Id
                             where w.Status == NationalStatus.Normal
                             select w).AsNoTracking().FirstOrDefaultAsync(ct);
        var live = subject?.Websites.Where(w => w.Status == NationalStatus.Normal).ToList() ?? [];
        return new NationalLookup(
            subject is null ? null : new NationalSubjectView(
                subject.IcpNumber,
                subject.ProvinceCode,
                subject.Name,
                live.Count,
                [.. live.Where(w => w.Providers.Contains(ProviderId)).Select(w => w.IcpNumber)])
            {
                Applications = [.. live.Where(w => w.Type != ServiceType.Website).Select(w => new NationalAppView(w.IcpNumber, w.Type, w.Name, w.Providers.Contains(ProviderId)))],
            },
            website is null ? null : new NationalDomainView(
                website.Subject.IcpNumber,
                website.IcpNumber,
                website.Subject.ProvinceCode,
                website.Providers.Contains(ProviderId),
                website.Providers.Count > 0));
    }

    public async Task<Beian.Rules.ConflictFacts> ConflictsAsync(ConflictQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var own = protector.IndexOf(query.SubjectCertificate, PersonalDataKind.CertificateNumber);
        var principals = query.WebsitePrincipalCertificates.Distinct().ToDictionary(c => protector.IndexOf(c, PersonalDataKind.CertificateNumber));
        var principalIndexes = principals.Keys.ToList();
        var underOthers = await db.Websites.AsNoTracking()
            .Where(w => w.Status == NationalStatus.Normal && w.PrincipalCertificateIndex != null && principalIndexes.Contains(w.PrincipalCertificateIndex))
            .Where(w => w.Subject.CertificateNumber.Index != own)
            .Select(w => w.PrincipalCertificateIndex!)
            .ToListAsync(ct);

        // A number is a mobile or a certificate number; the index kinds differ, so look both up.
        var numbers = new Dictionary<string, string>();
        foreach (var n in query.PrincipalNumbers.Distinct())
        {
            numbers[protector.IndexOf(n, PersonalDataKind.Phone)] = n;
            numbers[protector.IndexOf(n, PersonalDataKind.CertificateNumber)] = n;
        }

        var numberIndexes = numbers.Keys.ToList();
        var usedBySubjects = await db.Subjects.AsNoTracking()
            .Where(s => s.Status == NationalStatus.Normal && s.CertificateNumber.Index != own)
            .Where(s => numberIndexes.Contains(s.PrincipalCertificateIndex!) || numberIndexes.Contains(s.PrincipalMobileIndex!))
            .Select(s => new[] { s.PrincipalCertificateIndex, s.PrincipalMobileIndex })
            .ToListAsync(ct);
        var usedByWebsites = await db.Websites.AsNoTracking()
            .Where(w => w.Status == NationalStatus.Normal && w.Subject.CertificateNumber.Index != own)
            .Where(w => numberIndexes.Contains(w.PrincipalCertificateIndex!) || numberIndexes.Contains(w.PrincipalMobileIndex!))
            .Select(w => new[] { w.PrincipalCertificateIndex, w.PrincipalMobileIndex })
            .ToListAsync(ct);
        var used = usedBySubjects.Concat(usedByWebsites).SelectMany(x => x).Where(i => i is not null && numbers.ContainsKey(i)).Select(i => numbers[i!]);

        var names = query.WebsiteNames.Append(query.SubjectName).Distinct().ToList();
        var blacklistedNames = await db.Blacklist.AsNoTracking().Where(b => b.Kind == "name" && names.Contains(b.Value)).Select(b => b.Value).ToListAsync(ct);
        var certificateBlacklisted = await db.Blacklist.AsNoTracking().AnyAsync(b => b.Kind == "certificate" && b.Value == own, ct);
        var features = query.AppFeatureKeys.Distinct().ToList();
        var featuresOfOthers = features.Count == 0 ? [] : await (
            from f in db.AppFeatures
            where features.Contains(f.Key)
            join w in db.Websites on f.WebsiteId equals w.Id
            where w.Status == NationalStatus.Normal && w.Subject.CertificateNumber.Index != own
            select f.Key).Distinct().ToListAsync(ct);
        var appNames = query.AppNames.Distinct().ToList();
        var appNamesOfOthers = appNames.Count == 0 ? [] : await db.Websites.AsNoTracking()
            .Where(w => w.Status == NationalStatus.Normal && w.Type != ServiceType.Website && w.Subject.CertificateNumber.Index != own && appNames.Contains(w.NameKey))
            .Select(w => w.NameKey).Distinct().ToListAsync(ct);
        var ownServices = await db.Websites.AsNoTracking()
            .Where(w => w.Status == NationalStatus.Normal && w.Subject.Status == NationalStatus.Normal && w.Subject.CertificateNumber.Index == own)
            .Select(w => new Beian.Rules.FiledService(w.Type, w.Name, w.IcpNumber)).ToListAsync(ct);
        return new Beian.Rules.ConflictFacts(
            underOthers.Select(i => principals[i]).ToHashSet(),
            used.ToHashSet(),
            blacklistedNames.ToHashSet(),
            certificateBlacklisted)
        {
            RecordUnderOldCertificate = await OldCertificates.RecordAsync(db, protector, query.SubjectCertificate, ct),
            AppFeaturesOfOtherSubjects = featuresOfOthers.ToHashSet(StringComparer.Ordinal),
            AppNamesOfOtherSubjects = appNamesOfOthers.ToHashSet(StringComparer.Ordinal),
            SubjectServices = ownServices,
        };
    }

    public async Task<IReadOnlyList<PublicRecordRow>> QueryAsync(string? icpNumber, string? domain, string? subjectName, CancellationToken ct)
    {
        // The subjects found from an index (number, domain key, exact name), then read in one statement.
        IQueryable<Guid> ids;
        if (!string.IsNullOrWhiteSpace(icpNumber))
        {
            // A website number finds its subject; the query then lists every website of the subject (§11.2).
            var subjectNumber = Numbers.IcpNumber.TryParse(icpNumber, out var parsed, onImport: true) ? parsed.Subject.ToString() : icpNumber.Trim();
            ids = db.Subjects.Where(s => s.IcpNumber == subjectNumber).Select(s => s.Id);
        }
        else if (!string.IsNullOrWhiteSpace(domain))
        {
            var name = domain.Trim().ToLowerInvariant();
            ids = from d in db.Domains
                  where d.Domain == name
                  join w in db.Websites on d.WebsiteId equals w.Id
                  where w.Status == NationalStatus.Normal
                  select w.SubjectId;
        }
        else if (!string.IsNullOrWhiteSpace(subjectName))
        {
            // A unit's exact name, or an app's, mini-program's or quick app's name (by its comparison key).
            var name = subjectName.Trim();
            var key = Beian.Rules.OneFilingPerAppNamePerSubject.NameKey(name);
            ids = db.Subjects.Where(s => s.Name == name).Select(s => s.Id)
                .Union(db.Websites.Where(w => w.NameKey == key && w.Type != ServiceType.Website && w.Status == NationalStatus.Normal).Select(w => w.SubjectId));
        }
        else
        {
            return [];
        }

        // One statement from the subjects found: their live websites and those websites' domains, joined by their keys
        // and projected to what the query shows (no sealed values, no principals).
        var subjects = db.Subjects.Where(s => ids.Contains(s.Id) && s.Status == NationalStatus.Normal).OrderBy(s => s.IcpNumber).Take(50);
        var flat = await (from s in subjects
                          from w in db.Websites.Where(w => w.SubjectId == s.Id && w.Status == NationalStatus.Normal).DefaultIfEmpty()
                          from d in db.Domains.Where(d => d.WebsiteId == w!.Id).DefaultIfEmpty()
                          select new
                          {
                              s.Name,
                              s.Nature,
                              s.IcpNumber,
                              WebsiteNumber = (string?)w!.IcpNumber,
                              WebsiteName = (string?)w.Name,
                              Homepage = (string?)w.Homepage,
                              ApprovedAt = (DateTimeOffset?)w.ApprovedAt,
                              AccessRestricted = (bool?)w.AccessRestricted,
                              Type = (ServiceType?)w.Type,
                              Domain = (string?)d!.Domain,
                          }).AsNoTracking().ToListAsync(ct);
        var rows = new List<PublicRecordRow>();
        foreach (var subject in flat.GroupBy(f => f.IcpNumber).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = subject.First();
            if (first.WebsiteNumber is null)
            {
                // An empty-shell subject (空壳主体): the subject with no website name and no home page.
                rows.Add(new PublicRecordRow(first.Name, first.Nature.ChineseName(), first.IcpNumber, null, null, null, [], null, false));
                continue;
            }

            rows.AddRange(subject.GroupBy(f => f.WebsiteNumber!)
                .OrderBy(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => new PublicRecordRow(
                    first.Name,
                    first.Nature.ChineseName(),
                    first.IcpNumber,
                    w.Key,
                    w.First().WebsiteName,
                    string.IsNullOrEmpty(w.First().Homepage) ? null : w.First().Homepage,
                    [.. w.Where(f => f.Domain is not null).Select(f => f.Domain!)],
                    w.First().ApprovedAt,
                    w.First().AccessRestricted ?? false,
                    w.First().Type ?? ServiceType.Website)));
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<string, PublicRecordRow>> QueryDomainsAsync(IReadOnlyCollection<string> domains, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var found = new Dictionary<string, PublicRecordRow>(StringComparer.Ordinal);
        foreach (var chunk in domains.Select(d => d.Trim().ToLowerInvariant()).Distinct().Chunk(500))
        {
            // The live websites that hold the chunk's domains, with their subjects and every domain they hold.
            var websites = await (from d in db.Domains
                                  where chunk.Contains(d.Domain)
                                  join w in db.Websites on d.WebsiteId equals w.Id
                                  where w.Status == NationalStatus.Normal && w.Subject.Status == NationalStatus.Normal
                                  select w).Distinct().Include(w => w.Subject).Include(w => w.Domains).AsNoTracking().ToListAsync(ct);
            foreach (var w in websites)
            {
                var row = new PublicRecordRow(
                    w.Subject.Name, w.Subject.Nature.ChineseName(), w.Subject.IcpNumber, w.IcpNumber, w.Name,
                    string.IsNullOrEmpty(w.Homepage) ? null : w.Homepage, [.. w.Domains.Select(d => d.Domain)], w.ApprovedAt, w.AccessRestricted, w.Type);
                foreach (var domain in w.Domains.Select(d => d.Domain).Where(chunk.Contains))
                {
                    found[domain] = row;
                }
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<NationalWebsiteState>> WebsitesAsync(IReadOnlyCollection<string> websiteNumbers, CancellationToken ct)
    {
        var provider = ProviderId;
        // The provider list is a JSON column: read the live websites' lists, pick this provider's in memory.
        var live = await db.Websites.AsNoTracking().Where(w => w.Status == NationalStatus.Normal).Select(w => new { w.IcpNumber, w.Providers }).ToListAsync(ct);
        var numbers = websiteNumbers.Concat(live.Where(w => w.Providers.Contains(provider)).Select(w => w.IcpNumber)).Distinct().ToList();
        var websites = new List<NationalWebsite>();
        foreach (var chunk in numbers.Chunk(500))
        {
            websites.AddRange(await db.Websites.AsNoTracking().Include(w => w.Subject).Include(w => w.Domains).Where(w => chunk.Contains(w.IcpNumber)).ToListAsync(ct));
        }

        return [.. websites.Select(w => new NationalWebsiteState(
            w.IcpNumber, w.Subject.IcpNumber, w.Name, w.Status == NationalStatus.Normal, w.Providers.Contains(provider), [.. w.Domains.Select(d => d.Domain)]))];
    }
}
