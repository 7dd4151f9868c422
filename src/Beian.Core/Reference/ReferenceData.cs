using System.Text.Json;

namespace Beian.Reference;

/// <summary>Reads the versioned data files embedded in this assembly (Reference/Data/*.json).</summary>
internal static class ReferenceData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    public static T Read<T>(string fileName)
    {
        using var stream = Open(fileName);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Reference data file {fileName} is empty.");
    }

    private static Stream Open(string fileName) =>
        typeof(ReferenceData).Assembly.GetManifestResourceStream("Beian.Reference.Data." + fileName)
            ?? throw new InvalidOperationException($"Reference data file {fileName} is not embedded.");
}
