using Beian.Compliance;
using Beian.Time;
using Beian.Web.Data;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace Beian.Web.Features.Compliance;

/// <summary>The cases as a spreadsheet, for the provider's own records and the bureau's requests: CSV or XLSX.</summary>
public static class ExportCases
{
    private static readonly string[] Headers = ["问题编号", "问题", "备案号", "主体备案号", "详情", "发现时间", "整改期限", "状态", "结果"];

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandleAsync(string? format, CaseState? state, ProviderDb db, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Beian.Platform.Problems.Invalid("export.format_unknown", "导出格式须为 csv 或 xlsx。");
        }

        var query = db.InspectionCases.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        var rows = (await query.OrderBy(c => c.OpenedAt).ToListAsync(ct)).Select(CaseView.Of).Select(Row).ToList();
        var name = $"inspection-cases-{DateTime.UtcNow:yyyyMMdd}";
        return format == "csv"
            ? TypedResults.File(await CsvAsync(rows), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.File(await XlsxAsync(rows, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
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

    private static async Task<byte[]> CsvAsync(List<string[]> rows)
    {
        await using var buffer = new MemoryStream();
        // A byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8.
        await using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), false))
        {
            foreach (var row in rows.Prepend(Headers))
            {
                await csv.WriteRecordAsync(row, CancellationToken.None);
            }
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> XlsxAsync(List<string[]> rows, CancellationToken ct)
    {
        await using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer, cancellationToken: ct))
        {
            await spreadsheet.StartWorksheetAsync("专项核查", token: ct);
            foreach (var row in rows.Prepend(Headers))
            {
                await spreadsheet.AddRowAsync(row.Select(v => new Cell(v)).ToList(), ct);
            }

            await spreadsheet.FinishAsync(ct);
        }

        return buffer.ToArray();
    }
}
