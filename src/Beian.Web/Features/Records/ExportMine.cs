using System.Security.Claims;
using Beian.Filings;
using Beian.Platform;
using Beian.Records;
using Beian.Time;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Records;

/// <summary>导出: every record and every order of the account, streamed as CSV or XLSX.</summary>
public sealed class ExportMine(ProviderDb db)
{
    private static readonly string[] RecordHeaders = ["主体备案号", "主办者名称", "主体性质", "备案号", "名称", "类型", "状态", "域名", "审核通过时间"];
    private static readonly string[] OrderHeaders = ["订单号", "备案类型", "状态", "省份", "创建时间", "提交时间", "主体备案号", "网站备案号"];

    public IResult Records(string? format, ClaimsPrincipal user)
    {
        if (!TableExport.IsFormat(format))
        {
            return TableExport.UnknownFormat();
        }

        var account = user.Id();
        var rows = db.RecordWebsites.AsNoTracking().Include(w => w.Domains)
            .Join(db.RecordSubjects.Where(s => s.AccountId == account), w => w.SubjectId, s => s.Id, (w, s) => new { Website = w, s.IcpNumber, s.Name, s.Nature })
            .OrderBy(r => r.IcpNumber).ThenBy(r => r.Website.IcpNumber).AsAsyncEnumerable()
            .Select(r => new[]
            {
                r.IcpNumber, r.Name, r.Nature.ChineseName(), r.Website.IcpNumber, r.Website.Name, r.Website.Type.ChineseName(), r.Website.Status.ChineseName(),
                string.Join(" ", r.Website.Domains.Select(d => d.Domain)), BeijingTime.Format(r.Website.ApprovedAt),
            });
        return new TableExport(format!, "records", "我的备案", RecordHeaders, rows);
    }

    public IResult Orders(string? format, ClaimsPrincipal user)
    {
        if (!TableExport.IsFormat(format))
        {
            return TableExport.UnknownFormat();
        }

        var account = user.Id();
        var rows = db.Orders.AsNoTracking().Where(o => o.AccountId == account).OrderBy(o => o.CreatedAt)
            .Select(o => new { o.Number, o.Type, o.State, o.ProvinceCode, o.CreatedAt, o.SubmittedAt, o.SubjectIcpNumber, o.WebsiteIcpNumbers })
            .AsAsyncEnumerable()
            .Select(o => new[]
            {
                o.Number, o.Type.ChineseName(), o.State.ChineseName(), Beian.Reference.Provinces.FindByCode(o.ProvinceCode)?.Name ?? o.ProvinceCode, BeijingTime.Format(o.CreatedAt),
                o.SubmittedAt is { } at ? BeijingTime.Format(at) : string.Empty, o.SubjectIcpNumber ?? string.Empty, string.Join(" ", o.WebsiteIcpNumbers),
            });
        return new TableExport(format!, "orders", "备案订单", OrderHeaders, rows);
    }
}
