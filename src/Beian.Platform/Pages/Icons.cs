namespace Beian.Platform.Pages;

/// <summary>
/// The console's line icons, drawn inline (24×24, stroked in the text colour) so that they need no font, no file and no
/// exception in the Content-Security-Policy.
/// </summary>
public static class Icons
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["home"] = "M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z",
        ["file"] = "M6 2h9l5 5v15H6z M14 2v6h6 M9 13h6 M9 17h6",
        ["server"] = "M3 4h18v6H3z M3 14h18v6H3z M7 7h.01 M7 17h.01",
        ["search"] = "M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M21 21l-5-5",
        ["user"] = "M12 12a4 4 0 1 0 0-8a4 4 0 0 0 0 8z M4 21a8 8 0 0 1 16 0",
        ["bell"] = "M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z M10 21a2 2 0 0 0 4 0",
        ["check"] = "M9 11l3 3 8-8 M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9",
        ["shield"] = "M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z M9 12l2 2 4-4",
        ["chart"] = "M4 20V10 M10 20V4 M16 20v-7 M22 20H2",
        ["sliders"] = "M4 6h16 M4 12h16 M4 18h16 M8 4v4 M16 10v4 M10 16v4",
        ["list"] = "M8 6h13 M8 12h13 M8 18h13 M3 6h.01 M3 12h.01 M3 18h.01",
        ["upload"] = "M12 16V4 M6 10l6-6 6 6 M4 20h16",
        ["alert"] = "M12 3l10 18H2z M12 10v5 M12 18h.01",
        ["users"] = "M9 11a4 4 0 1 0 0-8a4 4 0 0 0 0 8z M2 21a7 7 0 0 1 14 0 M17 11a3 3 0 0 0 0-6 M22 21a6 6 0 0 0-4-5.6",
        ["mail"] = "M3 5h18v14H3z M3 6l9 7 9-7",
        ["phone"] = "M7 2h10v20H7z M11 18h2",
        ["globe"] = "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18",
        ["swap"] = "M4 8h15 M15 4l4 4-4 4 M20 16H5 M9 12l-4 4 4 4",
        ["key"] = "M8 15a4 4 0 1 0 0-8a4 4 0 0 0 0 8z M11 11h10 M18 11v3 M21 11v3",
    };

    /// <summary>The path data of an icon; an unknown name is a programming error, found by the first page that shows it.</summary>
    public static string Path(string name) => Paths.TryGetValue(name, out var path) ? path : throw new ArgumentOutOfRangeException(nameof(name), name, "no such icon");
}
