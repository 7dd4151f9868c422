using Beian.Bureau.Data;
using Beian.Bureau.Registries;
using Beian.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Beian.Bureau.Sandbox;

/// <summary>
/// The simulator's side of sandbox mode: loading the registries and the national record, the phone camera, and MIIT's
/// outbox for the development outbox page. The host maps these in sandbox mode only.
/// </summary>
public static class BureauSandboxApi
{
    /// <summary>The fixtures, under the host's admin-only sandbox group.</summary>
    public static RouteGroupBuilder MapBureauFixtures(this RouteGroupBuilder sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        sandbox.MapPost("/registries", LoadRegistriesAsync).WithName("LoadRegistries").WithSummary("向域名注册库、工商信息库、公安库与黑名单（模拟）导入记录");
        sandbox.MapPost("/registries/{registry}", LoadRegistryCsvAsync).WithName("LoadRegistryCsv")
            .WithSummary("以CSV向模拟登记库导入记录：registry 为 domains、businesses 或 identities，请求体为带表头的CSV");
        sandbox.MapPost("/national-record", NationalRecordFixtures.LoadAsync).WithName("LoadNationalRecord").WithSummary("向工信部备案库（模拟）导入记录");
        return sandbox;
    }

    public static RouteGroupBuilder MapSandboxCamera(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // The phone camera of the sandbox is every applicant's: it takes the photos real-person verification reads.
        var camera = api.MapGroup("/sandbox/camera").WithTags("沙箱").RequireAuthorization();
        camera.MapPost("/id-card", (IdCardShot body) => TypedResults.File(SimulatedCamera.IdCard(body.Name ?? string.Empty, body.Number ?? string.Empty, body.Address ?? string.Empty), "image/jpeg", "id-card.jpg"))
            .WithName("SandboxIdCardPhoto").WithSummary("模拟手机拍摄身份证人像面（供真人核验识别）");
        camera.MapPost("/face", (FaceShot body) => TypedResults.File(SimulatedCamera.Face(body.Number ?? string.Empty, body.GoodLight ?? true), "image/jpeg", "face.jpg"))
            .WithName("SandboxFacePhoto").WithSummary("模拟手机采集某人的人脸（goodLight 为 false 时光线不足）");
        return api;
    }

    public sealed record IdCardShot(
        [property: System.Text.Json.Serialization.JsonRequired] string? Name,
        [property: System.Text.Json.Serialization.JsonRequired] string? Number,
        [property: System.Text.Json.Serialization.JsonRequired] string? Address);

    public sealed record FaceShot([property: System.Text.Json.Serialization.JsonRequired] string? Number, bool? GoodLight = null);

    /// <summary>The newest SMS MIIT sent, for the development outbox page.</summary>
    public static async Task<IEnumerable<OutboxEntry>> MiitOutboxAsync(BureauDb bureau, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        var miit = await bureau.Sms.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(ct);
        return miit.Select(m => new OutboxEntry(m.Id, "miit", "sms", m.To.Masked, "工信部短信", m.Text, m.CreatedAt, m.DeliveredAt));
    }

    private static async Task<Results<Ok<RegistryFixtures.Loaded>, ProblemHttpResult>> LoadRegistryCsvAsync(
        string registry, HttpRequest request, RegistryFixtures fixtures, CancellationToken ct)
    {
        if (!RegistryCsv.Required.ContainsKey(registry))
        {
            return Problems.NotFound("registry");
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var (body, error) = RegistryCsv.Parse(registry, await reader.ReadToEndAsync(ct));
        return body is null ? Problems.Invalid("registry.csv_invalid", error!) : await LoadRegistriesAsync(body, fixtures, ct);
    }

    private static async Task<Results<Ok<RegistryFixtures.Loaded>, ProblemHttpResult>> LoadRegistriesAsync(RegistryFixtures.Request body, RegistryFixtures fixtures, CancellationToken ct)
    {
        var (loaded, error) = await fixtures.LoadAsync(body, ct);
        return loaded is null ? Problems.Invalid("fixture.invalid", error!) : TypedResults.Ok(loaded);
    }
}
