using System.Text;
using CsvHelper;
using SpreadCheetah;

namespace Beian.Platform;

/// <summary>
/// A table streamed to the client as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Chinese) or
/// XLSX, a row at a time as the rows are read: an account with a hundred thousand rows is never held in memory.
/// </summary>
public sealed class TableExport(string format, string fileName, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows) : IResult
{
    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    /// <summary>
    /// A cell a spreadsheet program would take for a formula (=, +, -, @, or a control character first) is written with
    /// a leading apostrophe: names and domains come from applicants, and a CSV is opened in Excel (CSV injection).
    /// XLSX cells are typed as text already.
    /// </summary>
    public static string Inert(string value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>What an export asked for in another format is told.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnknownFormat() => Problems.Invalid("export.format_unknown", "导出格式须为 csv 或 xlsx。");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        var csv = format == "csv";
        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.{format}\"";
        if (csv)
        {
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await using var table = CsvWriter.Create(writer, new CsvWriterOptions(), false);
            await table.WriteRecordAsync([.. headers], ct);
            await foreach (var row in rows.WithCancellation(ct))
            {
                await table.WriteRecordAsync([.. row.Select(Inert)], ct);
            }

            return;
        }

        // The zip's closing directory is written synchronously when the workbook finishes: a few hundred bytes at the
        // end, after every row went out asynchronously.
        if (httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        await using var spreadsheet = await Spreadsheet.CreateNewAsync(response.Body, cancellationToken: ct);
        await spreadsheet.StartWorksheetAsync(sheet, token: ct);
        await spreadsheet.AddRowAsync([.. headers.Select(h => new Cell(h))], ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            await spreadsheet.AddRowAsync([.. row.Select(v => new Cell(v))], ct);
        }

        await spreadsheet.FinishAsync(ct);
    }
}
