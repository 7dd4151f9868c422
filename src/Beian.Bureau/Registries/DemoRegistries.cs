using Beian.Bureau.Data;
using Beian.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Registries;

/// <summary>The sandbox's registry entries for the demo people's domains and company, so that a demo filing passes every check.</summary>
public static class DemoRegistries
{
    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var bureau = scope.ServiceProvider.GetRequiredService<BureauDb>();
        if (await bureau.DomainRegistry.AnyAsync(ct))
        {
            return;
        }

        await using var stream = typeof(DemoRegistries).Assembly.GetManifestResourceStream("Beian.Bureau.demo-registries.json")!;
        var request = await System.Text.Json.JsonSerializer.DeserializeAsync<RegistryFixtures.Request>(stream, Json.Options, ct);
        await scope.ServiceProvider.GetRequiredService<RegistryFixtures>().LoadAsync(request!, ct);
    }
}
