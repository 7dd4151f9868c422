using System.Text.Json.Serialization;
using Beian.Bureau.Data;
using Beian.Bureau.Model;
using Beian.Domains;
using Beian.Filings;
using Beian.Numbers;
using Beian.Platform;
using Beian.Time;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Miit;

/// <summary>
/// The public query in the national system's own shape (R-APP-36, R-APP-37): one keyword — a unit name, a subject or
/// service number, a domain, or a service name — a service type, and pages of rows with the national field names.
/// Every look-up starts from an index: a number from its unique key, a domain from the domain's key, a name by the
/// range of names that start with the keyword (prefix search; never a scan for a substring).
/// </summary>
public sealed class NationalQuery(BureauDb db, PublicQueryCache cache)
{
    public const int Website = 1;
    public const int App = 6;
    public const int MiniProgram = 7;
    public const int QuickApp = 8;
    public const int MaxPageSize = 40;

    public sealed record Request(
        [property: JsonRequired] string? UnitName,
        int ServiceType = Website,
        int PageNum = 1,
        int PageSize = 10);

    /// <summary>A row of the answer: a website's or an app's, as the service type asked for.</summary>
    [JsonDerivedType(typeof(WebsiteRow))]
    [JsonDerivedType(typeof(AppRow))]
    public abstract record Row;

    /// <summary>A website's row, with the national system's field names.</summary>
    public sealed record WebsiteRow(
        string ContentTypeName,
        string Domain,
        long DomainId,
        string LeaderName,
        string LimitAccess,
        long MainId,
        string MainLicence,
        string NatureName,
        long ServiceId,
        string ServiceLicence,
        string UnitName,
        string UpdateRecordTime) : Row;

    /// <summary>
    /// An app's, mini-program's or quick app's row (serviceType 6, 7, 8), with the national system's field names. The
    /// subject's certificate number is shown masked, and an individual's address not at all.
    /// </summary>
    public sealed record AppRow(
        int CityId,
        int CountyId,
        long DataId,
        string LeaderName,
        long MainId,
        string MainLicence,
        string MainUnitAddress,
        string MainUnitCertNo,
        string MainUnitCertType,
        int NatureId,
        string NatureName,
        int ProvinceId,
        long ServiceId,
        string ServiceLicence,
        string ServiceName,
        int ServiceType,
        string UnitName,
        string UpdateRecordTime,
        string Version) : Row
    {
        /// <summary>The service's content categories: given by the detail call only.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? ContentTypeName { get; init; }
    }

    /// <summary>The detail call's request: the row's <c>dataId</c> and the service type it was listed under.</summary>
    public sealed record DetailRequest([property: JsonRequired] long DataId, [property: JsonRequired] int ServiceType);

    public sealed record DetailAnswer(int Code, string Msg, bool Success, AppRow Params);

    public sealed record Page(int PageNum, int PageSize, int Total, int Pages, IReadOnlyList<Row> List);

    public sealed record Answer(int Code, string Msg, bool Success, Page Params);

    public async Task<Result<Answer>> QueryAsync(Request body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var keyword = body.UnitName?.Trim() ?? string.Empty;
        if (keyword.Length == 0)
        {
            return Problems.Invalid("query.keyword_required", "请输入单位名称、备案号、域名或网站名称。");
        }

        if (body.ServiceType is not (Website or App or MiniProgram or QuickApp))
        {
            return Problems.Invalid("R-APP-36", "服务类型须为1（网站）、6（App）、7（小程序）或8（快应用）。");
        }

        if (body.PageNum < 1 || body.PageSize is < 1 or > MaxPageSize)
        {
            return Problems.Invalid("query.page_invalid", $"页码从1开始，每页1至{MaxPageSize}条。");
        }

        var key = string.Join('\n', "national", keyword, body.ServiceType, body.PageNum, body.PageSize);
        return await cache.GetOrAddAsync(key, () => body.ServiceType == Website ? WebsitesAsync(keyword, body, ct) : AppsAsync(keyword, (ServiceType)body.ServiceType, body, ct), ct);
    }

    private async Task<Answer> WebsitesAsync(string keyword, Request body, CancellationToken ct)
    {
        var websites = Matching(keyword);
        var rows = from d in db.Domains
                   join w in db.Websites on d.WebsiteId equals w.Id
                   join s in db.Subjects on w.SubjectId equals s.Id
                   where websites.Contains(w.Id) && w.Type == ServiceType.Website && w.Status == NationalStatus.Normal && s.Status == NationalStatus.Normal
                   select new { d.Domain, Website = w, Subject = s };
        var total = await rows.CountAsync(ct);
        var page = await rows.AsNoTracking()
            .OrderBy(r => r.Website.IcpNumber).ThenBy(r => r.Domain)
            .Skip((body.PageNum - 1) * body.PageSize).Take(body.PageSize)
            .Select(r => new { r.Domain, r.Website.Id, r.Website.IcpNumber, r.Website.Principal, r.Website.AccessRestricted, r.Website.ApprovedAt, SubjectId = r.Subject.Id, SubjectNumber = r.Subject.IcpNumber, r.Subject.Name, r.Subject.Nature })
            .ToListAsync(ct);
        return Ok(body, total, [.. page.Select(r => new WebsiteRow(
            "其他",
            r.Domain,
            NationalIds.Of(r.Domain),
            r.Nature == SubjectNature.Individual ? string.Empty : r.Principal?.Name ?? string.Empty,
            r.AccessRestricted ? "是" : "否",
            NationalIds.Of(r.SubjectId.ToString()),
            r.SubjectNumber,
            r.Nature.ChineseName(),
            NationalIds.Of(r.Id.ToString()),
            r.IcpNumber,
            r.Name,
            BeijingTime.Format(r.ApprovedAt) + ":00"))]);
    }

    private async Task<Answer> AppsAsync(string keyword, ServiceType type, Request body, CancellationToken ct)
    {
        var services = Matching(keyword);
        var rows = from w in db.Websites
                   join s in db.Subjects on w.SubjectId equals s.Id
                   where services.Contains(w.Id) && w.Type == type && w.Status == NationalStatus.Normal && s.Status == NationalStatus.Normal
                   select new { Service = w, Subject = s };
        var total = await rows.CountAsync(ct);
        var page = await rows.AsNoTracking()
            .OrderBy(r => r.Service.IcpNumber)
            .Skip((body.PageNum - 1) * body.PageSize).Take(body.PageSize)
            .ToListAsync(ct);
        return Ok(body, total, [.. page.Select(r => AppRowOf(r.Service, r.Subject))]);
    }

    /// <summary>
    /// queryDetailByAppAndMiniId (R-APP-37): one app's, mini-program's or quick app's row by its <c>dataId</c> and type,
    /// with its content categories (<c>contentTypeName</c>) added.
    /// </summary>
    public async Task<Result<DetailAnswer>> DetailAsync(DetailRequest body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.ServiceType is not (App or MiniProgram or QuickApp))
        {
            return Problems.Invalid("R-APP-36", "详情查询的服务类型须为6（App）、7（小程序）或8（快应用）。");
        }

        var type = (ServiceType)body.ServiceType;
        var found = await (from w in db.Websites
                           join s in db.Subjects on w.SubjectId equals s.Id
                           where w.DataId == body.DataId && w.Type == type && w.Status == NationalStatus.Normal && s.Status == NationalStatus.Normal
                           select new { Service = w, Subject = s }).AsNoTracking().FirstOrDefaultAsync(ct);
        return found is null
            ? Problems.NotFound("record")
            : new DetailAnswer(200, "操作成功", true, AppRowOf(found.Service, found.Subject) with { ContentTypeName = string.Join(",", found.Service.App?.ContentTypes ?? []) });
    }

    private static AppRow AppRowOf(NationalWebsite service, NationalSubject subject) => new(
        0,
        0,
        service.DataId,
        subject.Nature == SubjectNature.Individual ? string.Empty : service.Principal?.Name ?? string.Empty,
        NationalIds.Of(subject.Id.ToString()),
        subject.IcpNumber,
        subject.Nature == SubjectNature.Individual ? string.Empty : subject.CertificateAddress,
        subject.CertificateNumber.Masked,
        subject.CertificateType,
        (int)subject.Nature + 1,
        subject.Nature.ChineseName(),
        int.Parse(subject.ProvinceCode, System.Globalization.CultureInfo.InvariantCulture) * 10000,
        NationalIds.Of(service.Id.ToString() + "/service"),
        service.IcpNumber,
        service.Name,
        (int)service.Type,
        subject.Name,
        BeijingTime.Format(service.ApprovedAt) + ":00",
        "1");

    /// <summary>The services a keyword finds, as a sub-query each engine answers from an index.</summary>
    private IQueryable<Guid> Matching(string keyword)
    {
        if (IcpNumber.TryParse(keyword, out var number, onImport: true))
        {
            var text = number.ToString();
            return number.IsServiceNumber
                ? db.Websites.Where(w => w.IcpNumber == text).Select(w => w.Id)
                : db.Subjects.Where(s => s.IcpNumber == text).Join(db.Websites, s => s.Id, w => w.SubjectId, (s, w) => w.Id);
        }

        if (keyword.Contains('.', StringComparison.Ordinal) && DomainName.TryNormalise(keyword, out var domain) && PublicSuffixList.RegistrableDomain(domain) is { } registrable)
        {
            // www.example.cn finds example.cn as well: people type the address they visit.
            string[] names = domain == registrable ? [domain] : [domain, registrable];
            return db.Domains.Where(d => names.Contains(d.Domain)).Select(d => d.WebsiteId);
        }

        // A name starting with the keyword: the index range [keyword, keyword + U+FFFF).
        var end = keyword + '\uffff';
#pragma warning disable CA1309 // EF translates the two-argument string.Compare into the column comparison the index serves
        var bySubject = db.Subjects.Where(s => string.Compare(s.Name, keyword) >= 0 && string.Compare(s.Name, end) < 0)
            .Join(db.Websites, s => s.Id, w => w.SubjectId, (s, w) => w.Id);
        var byWebsite = db.Websites.Where(w => string.Compare(w.Name, keyword) >= 0 && string.Compare(w.Name, end) < 0).Select(w => w.Id);
#pragma warning restore CA1309
        return bySubject.Union(byWebsite);
    }

    private static Answer Ok(Request body, int total, IReadOnlyList<Row> list) =>
        new(200, "操作成功", true, new Page(body.PageNum, body.PageSize, total, (total + body.PageSize - 1) / body.PageSize, list));

}
