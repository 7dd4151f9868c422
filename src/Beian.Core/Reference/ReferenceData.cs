using System.Text.Json;

namespace Beian.Reference;

/// <summary>Reads the versioned data files embedded in this assembly (Reference/Data/*.json).</summary>
internal static class ReferenceData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string fileName)
    {
        var name = "Beian.Reference.Data." + fileName;
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Reference data file {fileName} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Reference data file {fileName} is empty.");
    }
}
