namespace Beian.Platform;

/// <summary>
/// One step of the background sweep: a use case that acts on what is due now, run in a scope of its own. Each side
/// adds its steps; they run in the order they were added.
/// </summary>
public sealed record SweepStep(string Name, Func<IServiceProvider, CancellationToken, Task<int>> RunAsync);

public static class SweepSteps
{
    public static IServiceCollection AddSweepStep<T>(this IServiceCollection services, Func<T, CancellationToken, Task<int>> step)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(step);
        return services.AddSingleton(new SweepStep(typeof(T).Name, (sp, ct) => step(sp.GetRequiredService<T>(), ct)));
    }
}
