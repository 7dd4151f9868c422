namespace Beian.Reference;

/// <summary>
/// A reference table an admin replaced by CSV import: kept as imported, so that every host — and every restart —
/// reads the same table (the sweep applies the latest import of each table).
/// </summary>
public sealed class ReferenceImport
{
    /// <summary>tlds, registrars or holidays.</summary>
    public string Name { get; set; } = string.Empty;

    public string Csv { get; set; } = string.Empty;

    public int Rows { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string ImportedBy { get; set; } = string.Empty;

    /// <summary>The version the table carries once in use: the moment of the import.</summary>
    public string Version => VersionAt(ImportedAt);

    public static string VersionAt(DateTimeOffset importedAt) => "import " + importedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
