namespace Beian.Platform;

/// <summary>Which requests the console answers (pages) and which the API answers (problem details).</summary>
public static class ConsoleRequests
{
    /// <summary>Everything but the API, the gate and the API reference is a console page.</summary>
    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return !path.StartsWithSegments("/api") && !path.StartsWithSegments("/gate")
            && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/api-reference");
    }
}
