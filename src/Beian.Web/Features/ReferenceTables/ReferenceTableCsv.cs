using System.Globalization;
using System.Text;
using Beian.Domains;
using Beian.Platform;
using Beian.Reference;
using CsvHelper;
using Tables = Beian.Reference.ReferenceTables;

namespace Beian.Web.Features.ReferenceTables;

/// <summary>
/// The lists that change outside our control, as CSV: the filable TLDs (tld,unicode,from), MIIT's approved registrars
/// (registrar) and the holiday table (date,kind,notice with kind 放假 or 上班). Each parses whole or not at all.
/// </summary>
public static class ReferenceTableCsv
{
    public const string Tlds = "tlds";
    public const string Registrars = "registrars";
    public const string Holidays = "holidays";

    public static readonly IReadOnlyList<string> Names = [Tlds, Registrars, Holidays];

    /// <summary>The version of a table in use: the shipped file's, or the time of the admin's import.</summary>
    public static string VersionOf(this ReferenceTablesInUse tables, string name)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return name switch
        {
            Tlds => tables.Current.Tlds.Version,
            Registrars => tables.Current.Registrars.Version,
            _ => tables.Current.Calendar.Version,
        };
    }

    private const string DayOff = "放假";
    private const string Workday = "上班";

    private static readonly Dictionary<string, string[]> Headers = new(StringComparer.Ordinal)
    {
        [Tlds] = ["tld", "unicode", "from"],
        [Registrars] = ["registrar"],
        [Holidays] = ["date", "kind", "notice"],
    };

    /// <summary>The table in use, as CSV an admin can edit and import again.</summary>
    public static async Task<byte[]> ExportAsync(string name, Tables tables, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        IEnumerable<string[]> rows = name switch
        {
            Tlds => tables.Tlds.All.Select(t => new[] { t.Tld, t.Unicode ?? string.Empty, t.From }),
            Registrars => tables.Registrars.All.Order(StringComparer.Ordinal).Select(r => new[] { r }),
            _ => tables.Calendar.Years.SelectMany(y =>
                y.DaysOff.Select(d => new[] { Day(d), DayOff, y.Notice }).Concat(y.Workdays.Select(d => new[] { Day(d), Workday, y.Notice }))),
        };
        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), false))
        {
            foreach (var row in rows.Prepend(Headers[name]))
            {
                await csv.WriteRecordAsync(row, ct);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Checks an import and returns how it changes the tables in use (given the tables and the import's version), or the
    /// first row that is wrong.
    /// </summary>
    public static (Func<Tables, string, Tables>? Change, int Rows, string? Error) Parse(string name, string text)
    {
        var table = CsvTable.Read(text);
        var header = Headers[name];
        if (!table.Has(header))
        {
            return (null, 0, $"第1行须为表头：{string.Join(",", header)}（与导出的CSV相同）。");
        }

        var data = table.Rows.Select(r => header.Select(column => table[r, column]).ToArray()).ToList();
        return name switch
        {
            Tlds => ParseTlds(data),
            Registrars => ParseRegistrars(data),
            _ => ParseHolidays(data),
        };
    }

    private static (Func<Tables, string, Tables>?, int, string?) ParseTlds(List<string[]> rows)
    {
        var tlds = new List<ApprovedTld>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (tld, unicode, fromText) = (rows[i][0], rows[i][1], rows[i][2]);
            if (!DomainName.TryNormalise("x." + tld.TrimStart('.'), out var ascii) || !ApprovedTld.IsDate(fromText))
            {
                return (null, 0, $"第{i + 2}行：顶级域或生效日期（yyyy-MM-dd；只知年月或年份时写 yyyy-MM 或 yyyy）不正确。");
            }

            tlds.Add(new ApprovedTld(ascii[2..], unicode.Length == 0 ? null : unicode, fromText));
        }

        return tlds.Count == 0 ? (null, 0, "导入的顶级域列表为空。") : ((tables, version) => tables with { Tlds = new TldList(version, tlds) }, tlds.Count, null);
    }

    private static (Func<Tables, string, Tables>?, int, string?) ParseRegistrars(List<string[]> rows)
    {
        var registrars = rows.Select(r => r[0]).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return registrars.Count == 0 ? (null, 0, "导入的注册商列表为空。") : ((tables, version) => tables with { Registrars = new RegistrarList(version, registrars) }, registrars.Count, null);
    }

    private static (Func<Tables, string, Tables>?, int, string?) ParseHolidays(List<string[]> rows)
    {
        var days = new List<(DateOnly Date, bool Off, string Notice)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (dateText, kind, notice) = (rows[i][0], rows[i][1], rows[i][2]);
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || kind is not (DayOff or Workday))
            {
                return (null, 0, $"第{i + 2}行：日期（yyyy-MM-dd）或类别（{DayOff}或{Workday}）不正确。");
            }

            days.Add((date, kind == DayOff, notice));
        }

        var years = days.GroupBy(d => d.Date.Year).Select(g => new HolidayYear(
            g.Key, g.Select(d => d.Notice).FirstOrDefault(n => n.Length > 0) ?? string.Empty, [.. g.Where(d => d.Off).Select(d => d.Date).Order()], [.. g.Where(d => !d.Off).Select(d => d.Date).Order()])).ToList();
        return years.Count == 0 ? (null, 0, "导入的节假日表为空。") : ((tables, version) => tables with { Calendar = new HolidayCalendar(years, version) }, rows.Count, null);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
