using Beian.Compliance;
using Beian.Platform;
using Beian.Time;
using Beian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Web.Features.Compliance;

/// <summary>The cases as a spreadsheet, for the provider's own records and the bureau's requests: CSV or XLSX.</summary>
public static class ExportCases
{
    private static readonly string[] Headers = ["问题编号", "问题", "备案号", "主体备案号", "详情", "发现时间", "整改期限", "状态", "结果"];

    public static IResult Handle(string? format, CaseState? state, ProviderDb db, TimeProvider time)
    {
        if (!TableExport.IsFormat(format))
        {
            return TableExport.UnknownFormat();
        }

        var query = db.InspectionCases.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        var rows = query.OrderBy(c => c.OpenedAt).AsAsyncEnumerable().Select(c => Row(CaseView.Of(c)));
        return new TableExport(format!, $"inspection-cases-{BeijingTime.Today(time):yyyyMMdd}", "专项核查", Headers, rows);
    }

    private static string[] Row(CaseView c) =>
        [c.Code, c.Title, c.Target, c.SubjectIcpNumber, c.Detail, BeijingTime.Format(c.OpenedAt), BeijingTime.Format(c.Deadline), StateName(c.State), c.Resolution ?? string.Empty];

    public static string StateName(CaseState state) => state switch
    {
        CaseState.Open => "整改中",
        CaseState.Rectified => "已整改",
        CaseState.Overdue => "逾期，已取消接入",
        _ => state.ToString(),
    };
}
