using CsvHelper;

namespace Beian.Platform;

/// <summary>A CSV text read whole: its header and its rows, each field trimmed; blank lines are dropped.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = [.. rows.Select(r => r.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, header.Length - r.Length))).ToArray())];
        _columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        using (var reader = CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')), new CsvReaderOptions { HasHeader = false }, false))
        {
            while (reader.Read())
            {
                var row = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
                if (row.Any(f => f.Length > 0))
                {
                    rows.Add(row);
                }
            }
        }

        return rows.Count == 0 ? new CsvTable([], []) : new CsvTable(rows[0], rows.Skip(1).ToList());
    }

    /// <summary>Whether the header names every one of these columns (in any order and case).</summary>
    public bool Has(params string[] columns) => columns.All(_columns.ContainsKey);

    /// <summary>A row's value in a column, empty when the header lacks it.</summary>
    public string this[string[] row, string column] =>
        _columns.TryGetValue(column, out var i) && i < row.Length ? row[i] : string.Empty;
}
